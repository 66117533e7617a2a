import { Injectable } from '@nestjs/common';
import { ReferralEntity } from './entities/referral.entity';
import { Referral, ReferralConnection, ReferralDetails } from './models/referral.model';
import { ReferralSide } from './referral-access';
import { ReferralPartiesRepository } from './referral-parties.repository';
import { ReferralPage, ReferralView } from './referral-queries.service';
import { ReferralNames, toReferral, toReferralConnection, toReferralDetails } from './referrals.mapper';

/** Maps referrals to API types with the names of both sides, looked up once per response. */
@Injectable()
export class ReferralPresenter {
  constructor(private readonly parties: ReferralPartiesRepository) {}

  async referral(referral: ReferralEntity, side: ReferralSide): Promise<Referral> {
    return toReferral(referral, side, await this.namesFor([referral]));
  }

  async details(view: ReferralView): Promise<ReferralDetails> {
    return toReferralDetails(view, await this.namesFor([view.referral]));
  }

  async connection(page: ReferralPage): Promise<ReferralConnection> {
    return toReferralConnection(page, await this.namesFor(page.nodes));
  }

  private async namesFor(referrals: ReferralEntity[]): Promise<ReferralNames> {
    const [therapists, listings] = await Promise.all([
      this.parties.therapists(referrals.map((r) => r.therapistAccountId)),
      this.parties.listingNames(referrals.map((r) => r.providerId)),
    ]);
    return { therapists, listings };
  }
}
