// What the apps may use: the API module, the module without an API (worker process) and the worker loop.
export { ReferralsCoreModule } from './referrals-core.module';
export { ReferralsModule } from './referrals.module';
export { BackgroundWorker } from './worker/background-worker';
