import { InvalidEnvironmentError, validateEnvironment } from '@app/config';
import { ReferralWorker } from '@app/referrals';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { resolveWorkerSettings } from './worker-settings';
import { WorkerModule } from './worker.module';

/** `npm run worker`: delivers notifications and expires overdue referrals until stopped. Run as many as you like. */
async function main(): Promise<void> {
  const settings = resolveWorkerSettings(validateEnvironment());
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(settings), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.get(ReferralWorker).start();
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
