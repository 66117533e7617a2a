import { Injectable } from '@nestjs/common';
import { ReferralLifecycleService } from '../lifecycle/referral-lifecycle.service';
import { ReferralRepository } from '../referral.repository';

const BATCH_SIZE = 100;

/** Referrals nobody answered before their deadline become EXPIRED; the journal tells the therapist. */
@Injectable()
export class ReferralExpiryService {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly lifecycle: ReferralLifecycleService,
  ) {}

  /** One batch; returns how many expired. Rows another worker is expiring are skipped, not waited for. */
  expireDue(): Promise<number> {
    return this.referrals.transaction(async (manager) => {
      const due = await this.referrals.lockDueForExpiry(manager, BATCH_SIZE);
      for (const referral of due) await this.lifecycle.expire(manager, referral);
      return due.length;
    });
  }
}
