import { AccountContacts, Caller } from '@app/auth';
import { AppConfig, FieldCipher } from '@app/config';
import { ListingLookup } from '@app/directory';
import { KeysetPager, Page } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { openOutcomeNote } from '../privacy/client-details';
import { ReferralAuditAction, ReferralJournal } from '../referral-journal';
import {
  AuditRow,
  FlagRow,
  ListingStatisticsRow,
  ReferralAdminRepository,
  StateStatisticsRow,
} from './referral-admin.repository';

/** A listing's name beside a row about it. */
export type Named<Row> = Row & { name: string };

export type AuditEntry = AuditRow & { actorRole: string | null };

export interface OutcomeNote {
  outcome: string;
  note: string;
  recordedOn: string;
}

/** What admins may know about referrals: aggregates, flags, the audit trail and outcome notes; no client details. */
@Injectable()
export class ReferralAdminService {
  private readonly pager: KeysetPager;

  constructor(
    private readonly admin: ReferralAdminRepository,
    private readonly listings: ListingLookup,
    private readonly accounts: AccountContacts,
    private readonly journal: ReferralJournal,
    private readonly cipher: FieldCipher,
    config: AppConfig,
  ) {
    this.pager = new KeysetPager(config.appSecret);
  }

  async statistics(first: number | undefined, after: string | undefined): Promise<Page<Named<ListingStatisticsRow>>> {
    const page = await this.pager.page(
      { first, after },
      {
        query: 'referral-statistics',
        fetch: (afterKeys, limit) => this.admin.statistics(limit, afterKeys ? String(afterKeys[0]) : null),
        keysOf: (row) => [row.providerId],
      },
    );
    return { ...page, nodes: await this.withListingNames(page.nodes) };
  }

  /** The same figures by the client's state: where referrals go unanswered or are declined. */
  statisticsByState(): Promise<StateStatisticsRow[]> {
    return this.admin.statisticsByState();
  }

  async audit(referralId: string): Promise<AuditEntry[]> {
    const rows = await this.admin.audit(referralId);
    const actors = await this.accounts.byIds(rows.flatMap((row) => row.actorAccountId ?? []));
    const roleOf = (id: string | null) => (id && actors.get(id)?.role) ?? null;
    return rows.map((row) => ({ ...row, actorRole: roleOf(row.actorAccountId) }));
  }

  /** Flags on listings not verified again since they were raised. */
  async flags(): Promise<Array<Named<FlagRow>>> {
    const listings = await this.listings.summaries(await this.admin.flaggedListingIds());
    const verifiedAt = new Map([...listings].map(([id, listing]) => [id, listing.lastVerifiedAt]));
    return this.withListingNames(await this.admin.openFlags(verifiedAt));
  }

  /** Each note read is audited like a read of client details. */
  outcomeNotes(caller: Caller, providerId: string): Promise<OutcomeNote[]> {
    return this.admin.transaction(async (manager) => {
      const rows = await this.admin.sealedOutcomeNotes(providerId);
      const notes: OutcomeNote[] = [];
      for (const row of rows) {
        await this.journal.audit(manager, row.referralId, caller.id, ReferralAuditAction.READ_OUTCOME_NOTE);
        notes.push({
          outcome: row.outcome,
          note: openOutcomeNote(this.cipher, row.referralId, row.noteSealed),
          recordedOn: row.recordedOn,
        });
      }
      return notes;
    });
  }

  private async withListingNames<Row extends { providerId: string }>(rows: Row[]): Promise<Array<Named<Row>>> {
    const listings = await this.listings.summaries(rows.map((row) => row.providerId));
    return rows.map((row) => ({ ...row, name: listings.get(row.providerId)?.name ?? '' }));
  }
}
