import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

@ArgsType()
export class ApproveClaimArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'What the decision rests on; kept with the claim and in the audit trail' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

@ArgsType()
export class RejectClaimArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @Field({ description: 'Why; the claimant sees it, and it is kept in the audit trail' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'is required to reject a claim' })
  reason!: string;
}
