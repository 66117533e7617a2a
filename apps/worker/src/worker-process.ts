import { ResolvedSettings } from '@app/config';
import { ReferralWorker } from '@app/referrals';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QuietStartupLogger } from '@app/config';
import { WorkerModule } from './worker.module';

/** The worker process: the application context with its loop running. Closing the context stops the loop. */
export async function startWorker(settings: ResolvedSettings): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(settings), { bufferLogs: true });
  app.useLogger(app.get(QuietStartupLogger));
  app.get(ReferralWorker).start();
  return app;
}
