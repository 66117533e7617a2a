import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ReferralEntity } from './entities/referral.entity';
import { UNANSWERED } from './referral-state-machine';
import { CancelReason, DeclineReason, ReferralOutcome, ReferralStatus } from './referral.vocabulary';

export type NewReferral = Omit<
  ReferralEntity,
  | 'status'
  | 'declineReason'
  | 'cancelReason'
  | 'scheduledFor'
  | 'outcome'
  | 'outcomeNoteSealed'
  | 'outcomeRecordedAt'
  | 'respondedAt'
  | 'createdAt'
  | 'updatedAt'
  | 'version'
>;

export interface StatusChange {
  to: ReferralStatus;
  declineReason?: DeclineReason;
  cancelReason?: CancelReason;
  scheduledFor?: string | null;
  /** An answer (accept or decline): sets the first-response time once. */
  isResponse?: boolean;
}

export interface ReferralPageQuery {
  therapistAccountId?: string;
  providerId?: string;
  status?: ReferralStatus;
  /** Any of these; an empty list matches nothing. */
  statuses?: ReferralStatus[];
  limit: number;
  after?: { createdAt: string; id: string };
}

export type ReferralRow = ReferralEntity & { sortKey: string };

export interface ReferralEventRow {
  actorAccountId: string | null;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  reason: string | null;
  createdAt: Date;
}

@Injectable()
export class ReferralRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Inserts unless this therapist already used the idempotency key. The unique constraint decides, so concurrent
   * identical requests wait for the first to commit and then insert nothing.
   */
  async insertIfNew(manager: EntityManager, referral: NewReferral): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ReferralEntity)
      .values(referral)
      .orIgnore()
      .returning('id')
      .execute();
    // RETURNING yields the inserted row, or nothing when the key was already used.
    return (result.raw as unknown[]).length === 1;
  }

  findByIdempotencyKey(
    manager: EntityManager,
    therapistAccountId: string,
    idempotencyKey: string,
  ): Promise<ReferralEntity | null> {
    return manager.findOneBy(ReferralEntity, { therapistAccountId, idempotencyKey });
  }

  findById(manager: EntityManager, id: string): Promise<ReferralEntity | null> {
    return manager.findOneBy(ReferralEntity, { id });
  }

  /** Optimistic: false when the status or version moved since `referral` was read. */
  async changeStatus(manager: EntityManager, referral: ReferralEntity, change: StatusChange): Promise<boolean> {
    const [, affected] = await manager.query<[unknown[], number]>(
      `UPDATE referrals SET status = $4::referral_status, version = version + 1, updated_at = now(),
              decline_reason = coalesce($5, decline_reason),
              cancel_reason = coalesce($6, cancel_reason),
              scheduled_for = CASE WHEN $4::referral_status = 'SCHEDULED' THEN $7::date ELSE scheduled_for END,
              responded_at = CASE WHEN $8::boolean THEN coalesce(responded_at, now()) ELSE responded_at END
       WHERE id = $1 AND status = $2 AND version = $3`,
      [
        referral.id,
        referral.status,
        referral.version,
        change.to,
        change.declineReason ?? null,
        change.cancelReason ?? null,
        change.scheduledFor ?? null,
        change.isResponse ?? false,
      ],
    );
    return affected === 1;
  }

  /** Once only, and only while the status allows it: false otherwise. */
  async recordOutcome(
    manager: EntityManager,
    referral: ReferralEntity,
    outcome: ReferralOutcome,
    noteSealed: string | null,
  ): Promise<boolean> {
    const [, affected] = await manager.query<[unknown[], number]>(
      `UPDATE referrals SET outcome = $4, outcome_note_sealed = $5, outcome_recorded_at = now(), version = version + 1,
              updated_at = now()
       WHERE id = $1 AND status = $2 AND version = $3 AND outcome IS NULL`,
      [referral.id, referral.status, referral.version, outcome, noteSealed],
    );
    return affected === 1;
  }

  /** Unanswered referrals past their deadline, locked; rows another worker holds are skipped, not waited for. */
  lockDueForExpiry(manager: EntityManager, limit: number): Promise<ReferralEntity[]> {
    return manager
      .createQueryBuilder(ReferralEntity, 'r')
      .where('r.status IN (:...unanswered)', { unanswered: UNANSWERED })
      .andWhere('r.expires_at <= now()')
      .orderBy('r.expires_at')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Newest first, keyset-paged on (created_at, id); `sortKey` is created_at as exact text for the cursor. */
  async findPage(query: ReferralPageQuery): Promise<ReferralRow[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(ReferralEntity, 'r')
      .addSelect('r.created_at::text', 'sort_key')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(query.limit);
    if (query.therapistAccountId)
      builder.andWhere('r.therapist_account_id = :therapist', { therapist: query.therapistAccountId });
    if (query.providerId) builder.andWhere('r.provider_id = :provider', { provider: query.providerId });
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    if (query.statuses) builder.andWhere('r.status = ANY(:statuses)', { statuses: query.statuses });
    if (query.after) builder.andWhere('(r.created_at, r.id) < (:createdAt::timestamptz, :id::uuid)', query.after);
    const { entities, raw } = await builder.getRawAndEntities<{ sort_key: string }>();
    return entities.map((entity, i) => Object.assign(entity, { sortKey: raw[i].sort_key }));
  }

  events(manager: EntityManager, referralId: string): Promise<ReferralEventRow[]> {
    return manager.query<ReferralEventRow[]>(
      `SELECT actor_account_id AS "actorAccountId", from_status AS "fromStatus", to_status AS "toStatus", reason,
              created_at AS "createdAt"
       FROM referral_events WHERE referral_id = $1 ORDER BY id`,
      [referralId],
    );
  }
}
