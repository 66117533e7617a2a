import { UsState } from '@app/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import {
  CancelReason,
  CareModality,
  ConsentMethod,
  ContactMethod,
  DeclineReason,
  ReferralOutcome,
  ReferralStatus,
  ReferralUrgency,
  ReferralWarning,
} from '../referral.vocabulary';

@Entity({ name: 'referrals' })
export class ReferralEntity {
  /** Chosen by the application: the sealed client details are bound to it before the row exists. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'therapist_account_id', type: 'uuid' })
  therapistAccountId!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  /** HMAC of the request, keyed by the app secret: compares replays without keeping client details in clear. */
  @Column({ name: 'request_fingerprint', type: 'text' })
  requestFingerprint!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'enum', enum: ReferralUrgency, enumName: 'referral_urgency' })
  urgency!: ReferralUrgency;

  // A foreign key to us_states, whose codes are UsState's.
  @Column({ name: 'client_state', type: 'char', length: 2 })
  clientState!: UsState;

  @Column({ type: 'enum', enum: CareModality, enumName: 'referral_modality' })
  modality!: CareModality;

  @Column({ type: 'text', array: true })
  accommodations!: string[];

  @Column({ name: 'preferred_contact', type: 'text' })
  preferredContact!: ContactMethod;

  @Column({ name: 'consent_method', type: 'text' })
  consentMethod!: ConsentMethod;

  @Column({ name: 'consent_given_at', type: 'timestamptz' })
  consentGivenAt!: Date;

  /** Name, contact and note, AES-256-GCM sealed (see FieldCipher). */
  @Column({ name: 'client_details_sealed', type: 'text' })
  clientDetailsSealed!: string;

  @Column({ type: 'text', array: true })
  warnings!: ReferralWarning[];

  @Column({ type: 'enum', enum: ReferralStatus, enumName: 'referral_status' })
  status!: ReferralStatus;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: DeclineReason | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: CancelReason | null;

  @Column({ name: 'scheduled_for', type: 'date', nullable: true })
  scheduledFor!: string | null;

  @Column({ type: 'enum', enum: ReferralOutcome, enumName: 'referral_outcome', nullable: true })
  outcome!: ReferralOutcome | null;

  /** Only admins read it. */
  @Column({ name: 'outcome_note_sealed', type: 'text', nullable: true })
  outcomeNoteSealed!: string | null;

  @Column({ name: 'outcome_recorded_at', type: 'timestamptz', nullable: true })
  outcomeRecordedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** When the provider first accepted or declined. */
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
