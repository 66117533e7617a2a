import { InvalidEnvironmentError, validateEnvironment } from '@app/config';
import { prepareRuntime } from './bootstrap/prepare-runtime';
import { shutDownInOrderOnSignals } from './bootstrap/shutdown';
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
  shutDownInOrderOnSignals([() => app.close(), () => runtime.stop()]);
}

main().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) {
    console.error(error.message);
  } else {
    console.error('Could not start:', error);
  }
  process.exit(1);
});
