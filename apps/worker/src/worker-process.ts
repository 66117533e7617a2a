import { createLogger, Environment, NestPinoLogger, ResolvedSettings } from '@app/config';
import { resolveRuntime, Runtime } from '@app/database';
import { BackgroundWorker } from '@app/referrals';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

/** The API's database and secret: the worker serves them and never starts a database of its own, nor migrates one. */
export function workerRuntime(environment: Environment): Promise<Runtime> {
  // Neither starting nor migrating, it has nothing to report.
  return resolveRuntime(environment, { mayStartEmbedded: false, migrate: false, log: () => undefined });
}

/** The worker process: the application context with its loop running. Closing the context stops the loop. */
export async function startWorker(settings: ResolvedSettings): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(settings), {
    logger: new NestPinoLogger(createLogger(settings.environment)),
  });
  app.get(BackgroundWorker).start();
  return app;
}
