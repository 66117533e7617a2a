import { Caller } from '@app/auth';
import { AppConfig, FieldCipher } from '@app/config';
import { ListingLookup, VocabularyService } from '@app/directory';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ReferralEntity } from '../entities/referral.entity';
import { sealClientDetails } from '../privacy/client-details';
import { ReferralJournal } from '../referral-journal';
import { NewReferral, ReferralRepository } from '../referral.repository';
import { IdempotencyKeyReusedError } from '../referrals.errors';
import { ReferralStatus, ReferralUrgency } from '../referral.vocabulary';
import { assessListing } from './referral-eligibility';
import { ReferralRequest, requestFingerprint } from './referral-request';
import { checkReferralRequest } from './referral-request.rules';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A therapist sends a consenting client to an approved provider who can serve them. */
@Injectable()
export class CreateReferralService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralRepository,
    private readonly listings: ListingLookup,
    private readonly journal: ReferralJournal,
    private readonly cipher: FieldCipher,
    private readonly vocabulary: VocabularyService,
    private readonly config: AppConfig,
  ) {}

  async create(caller: Caller, request: ReferralRequest): Promise<ReferralEntity> {
    const fingerprint = requestFingerprint(this.config.appSecret, request);
    // A replay answers with the first referral even if the listing has changed since.
    const earlier = await this.referrals.findByIdempotencyKey(
      this.dataSource.manager,
      caller.id,
      request.idempotencyKey,
    );
    if (earlier) return this.replayed(earlier, fingerprint);

    const now = new Date();
    checkReferralRequest(request, now);
    this.vocabulary.assertCareAttributes(request.accommodations, 'accommodations');
    const listing = await this.listings.availability(request.providerId, request.clientState);
    const warnings = assessListing(listing, request.modality, request.clientState);
    const referral = this.newReferral(caller, request, fingerprint, warnings, now);
    return this.referrals.transaction((manager) => this.insert(manager, caller, referral, fingerprint));
  }

  private async insert(
    manager: EntityManager,
    caller: Caller,
    referral: NewReferral,
    fingerprint: string,
  ): Promise<ReferralEntity> {
    // Lost a race with an identical request: the unique key made us wait for it, and now it is visible.
    if (!(await this.referrals.insertIfNew(manager, referral))) {
      const first = await this.referrals.findByIdempotencyKey(manager, caller.id, referral.idempotencyKey);
      return this.replayed(first!, fingerprint);
    }
    const created = (await this.referrals.findById(manager, referral.id))!;
    await this.journal.statusChanged(manager, {
      referral: created,
      actorAccountId: caller.id,
      by: 'THERAPIST',
      from: null,
      to: ReferralStatus.SENT,
      reason: null,
    });
    return created;
  }

  private replayed(first: ReferralEntity, fingerprint: string): ReferralEntity {
    if (first.requestFingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
    return first;
  }

  private newReferral(
    caller: Caller,
    request: ReferralRequest,
    fingerprint: string,
    warnings: NewReferral['warnings'],
    now: Date,
  ): NewReferral {
    const id = randomUUID();
    const { client } = request;
    return {
      id,
      therapistAccountId: caller.id,
      providerId: request.providerId,
      idempotencyKey: request.idempotencyKey,
      requestFingerprint: fingerprint,
      reason: request.reason,
      urgency: request.urgency,
      clientState: request.clientState,
      modality: request.modality,
      accommodations: [...new Set(request.accommodations)],
      preferredContact: client.preferredContact,
      consentMethod: request.consent.method,
      consentGivenAt: request.consent.givenAt,
      clientDetailsSealed: sealClientDetails(this.cipher, id, {
        name: client.name,
        email: client.email ?? null,
        phone: client.phone ?? null,
        note: request.note ?? null,
      }),
      warnings,
      expiresAt: new Date(now.getTime() + this.deadlineDays(request.urgency) * DAY_MS),
    };
  }

  private deadlineDays(urgency: ReferralUrgency): number {
    const settings = this.config.referrals;
    return urgency === ReferralUrgency.URGENT ? settings.urgentExpiryDays : settings.expiryDays;
  }
}
