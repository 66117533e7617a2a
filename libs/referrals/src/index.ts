// What the apps may use: the API module, the module without an API (worker process), the worker loop and the
// check whether anyone delivers notifications (readiness).
export { DeliveryStallCheck, NO_WORKER_AFTER_MINUTES } from './notifications/delivery-stall';
export type { DeliveryStall } from './notifications/delivery-stall';
export { ReferralsCoreModule } from './referrals-core.module';
export { ReferralsModule } from './referrals.module';
export { ReferralWorker } from './worker/referral-worker';
