import { AccountContacts } from '@app/auth';
import { ListingLookup } from '@app/directory';
import { Injectable } from '@nestjs/common';
import { ReferralEntity } from './entities/referral.entity';
import { Referral, ReferralConnection, ReferralDetails } from './models/referral.model';
import { ReferralSide } from './referral-access';
import { ReferralPage, ReferralView } from './referral-queries.service';
import { ReferralNames, toReferral, toReferralConnection, toReferralDetails } from './referrals.mapper';

/** Maps referrals to API types with the names of both sides, looked up once per response. */
@Injectable()
export class ReferralPresenter {
  constructor(
    private readonly accounts: AccountContacts,
    private readonly listings: ListingLookup,
  ) {}

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
    const [accounts, listings] = await Promise.all([
      this.accounts.byIds(referrals.map((r) => r.therapistAccountId)),
      this.listings.summaries(referrals.map((r) => r.providerId)),
    ]);
    return {
      therapists: new Map(
        [...accounts].map(([id, account]) => [id, { name: account.displayName, email: account.email }]),
      ),
      listings: new Map([...listings].map(([id, listing]) => [id, listing.name])),
    };
  }
}
