import { EvidenceLevel, LicenseVerification, ListingLicense, ListingStatus } from '@app/directory';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class NpiCheck {
  @Field()
  value!: string;

  @Field()
  checkDigitValid!: boolean;

  @Field({ description: 'No other listing uses it' })
  unique!: boolean;
}

@ObjectType()
export class LicenseCheck extends ListingLicense {
  @Field(() => LicenseVerification)
  verification!: LicenseVerification;

  @Field(() => String, { nullable: true })
  verifiedAt!: string | null;

  @Field(() => String, { nullable: true })
  verificationSource!: string | null;

  @Field({ description: 'Verified and not expired at approval' })
  active!: boolean;
}

@ObjectType()
export class SpecialtyCheck {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field()
  inScope!: boolean;
}

@ObjectType()
export class AttestationCheck {
  @Field(() => String, { nullable: true })
  version!: string | null;

  @Field(() => String, { nullable: true })
  attestedAt!: string | null;

  @Field()
  current!: boolean;
}

@ObjectType()
export class EvidenceCheck {
  @Field()
  slug!: string;

  @Field(() => EvidenceLevel)
  evidence!: EvidenceLevel;

  @Field()
  evidencedOn!: string;
}

@ObjectType({ description: 'What an approval or re-verification checked' })
export class ApprovalChecksRecord {
  @Field(() => NpiCheck)
  npi!: NpiCheck;

  @Field(() => [LicenseCheck])
  licenses!: LicenseCheck[];

  @Field(() => [SpecialtyCheck])
  specialties!: SpecialtyCheck[];

  @Field(() => AttestationCheck)
  attestation!: AttestationCheck;

  @Field(() => [EvidenceCheck])
  careAttributes!: EvidenceCheck[];

  @Field()
  reverifyOn!: string;
}

@ObjectType({ description: 'One row of the append-only vetting audit trail' })
export class ListingAuditEvent {
  @Field(() => ID)
  id!: string;

  @Field()
  action!: string;

  @Field(() => ID)
  actorAccountId!: string;

  @Field(() => String, { nullable: true, description: 'Display name of who took the step' })
  actorName!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when the step acted on a revision' })
  revisionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when the step acted on a claim (actions CLAIM_…)' })
  claimId!: string | null;

  @Field(() => ListingStatus, { nullable: true })
  fromStatus!: ListingStatus | null;

  @Field(() => ListingStatus, { nullable: true })
  toStatus!: ListingStatus | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ApprovalChecksRecord, { nullable: true })
  checks!: ApprovalChecksRecord | null;

  @Field()
  at!: Date;
}
