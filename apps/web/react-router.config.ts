import type { Config } from '@react-router/dev/config';

export default {
  appDirectory: 'app',
  buildDirectory: 'build',
  ssr: true,
  // The API process (CommonJS, compiled by the Nest CLI) requires the server build.
  serverModuleFormat: 'cjs',
} satisfies Config;
