import { InvalidEnvironmentError, validateEnvironment } from '@app/config';
import { prepareRuntime } from './bootstrap/prepare-runtime';
import { printWelcome } from './bootstrap/welcome';
import { createApp } from './create-app';
import { hasWebBuild } from './web-site/web-site';

async function main(): Promise<void> {
  const environment = validateEnvironment();
  const say = (message: string) => console.log(message);
  const runtime = await prepareRuntime(environment, say);
  const app = await createApp(runtime.settings);
  await app.listen({ port: environment.PORT, host: environment.HOST });
  printWelcome(await app.getUrl(), runtime, hasWebBuild(environment.WEB_BUILD_DIR), say);
  const shutdown = async () => {
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) {
    console.error(error.message);
  } else {
    console.error('Could not start:', error);
  }
  process.exit(1);
});
