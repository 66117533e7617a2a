import { AppConfig } from '@app/config';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { BackgroundWorker } from './background-worker';

/** Lets `npm start` show the whole flow (mail in .data/mail, expiry) without a second process. */
@Injectable()
export class WorkerInApi implements OnApplicationBootstrap {
  constructor(
    private readonly worker: BackgroundWorker,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.worker.inApi) this.worker.start();
  }
}
