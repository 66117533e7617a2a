import { InvalidEnvironmentError, validateEnvironment } from '@app/config';
import { startWorker, workerRuntime } from './worker-process';

/**
 * `npm run worker`: delivers notifications, expires overdue referrals and prunes account data until stopped. Run as
 * many as you like.
 */
async function main(): Promise<void> {
  const { settings } = await workerRuntime(validateEnvironment());
  const app = await startWorker(settings);
  const shutdown = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidEnvironmentError ? error.message : error);
  process.exit(1);
});
