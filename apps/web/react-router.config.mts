import type { Config } from '@react-router/dev/config';

export default {
  appDirectory: 'app',
  buildDirectory: 'build',
  ssr: true,
  // The API process (CommonJS, compiled by the Nest CLI) requires the server build.
  serverModuleFormat: 'cjs',
  // Behaviours React Router 8 makes the default, taken now where they change nothing for these pages.
  future: { v8_viteEnvironmentApi: true, v8_splitRouteModules: true },
} satisfies Config;
