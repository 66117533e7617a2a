import { IsCalendarDate, PageArgs } from '@app/shared';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import '../models/enums';
import { CancelReason, DeclineReason, ReferralOutcome, ReferralStatus } from '../referral.vocabulary';

@ArgsType()
export class ReferralIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;
}

@ArgsType()
export class ReferralListArgs extends PageArgs {
  @Field(() => ReferralStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;

  @Field(() => [ReferralStatus], {
    nullable: true,
    description: 'Only referrals in one of these statuses (an inbox’s “waiting on me”, say), in one list',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.keys(ReferralStatus).length)
  @IsEnum(ReferralStatus, { each: true })
  statuses?: ReferralStatus[];
}

@ArgsType()
export class DeclineReferralArgs extends ReferralIdArgs {
  @Field(() => DeclineReason)
  @IsEnum(DeclineReason)
  reason!: DeclineReason;
}

@ArgsType()
export class CancelReferralArgs extends ReferralIdArgs {
  @Field(() => CancelReason)
  @IsEnum(CancelReason)
  reason!: CancelReason;
}

@ArgsType()
export class ScheduleReferralArgs extends ReferralIdArgs {
  @Field(() => String, { nullable: true, description: 'Appointment date (YYYY-MM-DD), when known' })
  @IsOptional()
  @IsCalendarDate()
  date?: string | null;
}

@ArgsType()
export class RecordReferralOutcomeArgs extends ReferralIdArgs {
  @Field(() => ReferralOutcome)
  @IsEnum(ReferralOutcome)
  outcome!: ReferralOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'About the care received; only admins read it (encrypted at rest)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@ArgsType()
export class ReferralStatisticsArgs extends PageArgs {}

@ArgsType()
export class ListingIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  providerId!: string;
}
