import { Caller } from '@app/auth';
import { AppConfig, FieldCipher } from '@app/config';
import { ListingLookup } from '@app/directory';
import { emptyPage, KeysetPager, Page } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferralEntity } from './entities/referral.entity';
import { ReferralLifecycleService } from './lifecycle/referral-lifecycle.service';
import { ClientDetails, openClientDetails } from './privacy/client-details';
import { ReferralAccess, ReferralSide } from './referral-access';
import { ReferralAuditAction, ReferralJournal } from './referral-journal';
import { CLIENT_DETAILS_RELEASED } from './referral-state-machine';
import { ReferralEventRow, ReferralPageQuery, ReferralRepository } from './referral.repository';
import { ReferralStatus } from './referral.vocabulary';

export interface ReferralListRequest {
  status?: ReferralStatus;
  statuses?: ReferralStatus[];
  first?: number;
  after?: string;
}

/** A page of referrals and the side they are read from. */
export interface ReferralPage extends Page<ReferralEntity> {
  side: ReferralSide;
}

/** One referral as its reader may see it: client details only when released to them. */
export interface ReferralView {
  referral: ReferralEntity;
  side: ReferralSide;
  client: ClientDetails | null;
  events: ReferralEventRow[];
}

/** The therapist's details always; the provider's only once they have accepted. */
export function mayReadClientDetails(side: ReferralSide, status: ReferralStatus): boolean {
  return side === 'THERAPIST' || CLIENT_DETAILS_RELEASED.includes(status);
}

@Injectable()
export class ReferralQueriesService {
  private readonly pager: KeysetPager;

  constructor(
    private readonly referrals: ReferralRepository,
    private readonly listings: ListingLookup,
    private readonly access: ReferralAccess,
    private readonly lifecycle: ReferralLifecycleService,
    private readonly journal: ReferralJournal,
    private readonly cipher: FieldCipher,
    config: AppConfig,
  ) {
    this.pager = new KeysetPager(config.appSecret);
  }

  sent(caller: Caller, request: ReferralListRequest): Promise<ReferralPage> {
    return this.page('THERAPIST', { therapistAccountId: caller.id }, request);
  }

  async received(caller: Caller, request: ReferralListRequest): Promise<ReferralPage> {
    const providerId = await this.listings.ownedListingId(caller.id);
    if (!providerId) return { ...emptyPage(), side: 'PROVIDER' };
    return this.page('PROVIDER', { providerId }, request);
  }

  /** Opening a new referral as its provider marks it VIEWED; every release of client details is audited. */
  open(caller: Caller, id: string): Promise<ReferralView> {
    return this.referrals.transaction(async (manager) => {
      const loaded = await this.access.load(manager, caller, id);
      const { side } = loaded;
      let { referral } = loaded;
      if (side === 'PROVIDER' && referral.status === ReferralStatus.SENT) {
        referral = await this.lifecycle.markViewed(manager, caller, referral);
      }
      const client = mayReadClientDetails(side, referral.status) ? await this.reveal(manager, caller, referral) : null;
      return { referral, side, client, events: await this.referrals.events(manager, referral.id) };
    });
  }

  private async reveal(manager: EntityManager, caller: Caller, referral: ReferralEntity): Promise<ClientDetails> {
    await this.journal.audit(manager, referral.id, caller.id, ReferralAuditAction.READ_CLIENT_DETAILS);
    return openClientDetails(this.cipher, referral.id, referral.clientDetailsSealed);
  }

  private async page(
    side: ReferralSide,
    owner: Pick<ReferralPageQuery, 'therapistAccountId' | 'providerId'>,
    request: ReferralListRequest,
  ): Promise<ReferralPage> {
    const page = await this.pager.page(request, {
      query: `${side}:${request.status ?? 'ANY'}:${[...new Set(request.statuses ?? [])].sort().join(',')}`,
      fetch: (afterKeys, limit) =>
        this.referrals.findPage({
          ...owner,
          status: request.status,
          statuses: request.statuses,
          limit,
          after: afterKeys && { createdAt: String(afterKeys[0]), id: String(afterKeys[1]) },
        }),
      keysOf: (row) => [row.sortKey, row.id],
    });
    return { ...page, side };
  }
}
