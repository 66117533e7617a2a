export * from './notifications/delivery-stall';
export * from './referrals-core.module';
export * from './referrals.module';
export * from './worker/referral-worker';
