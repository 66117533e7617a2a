import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';

@InputType()
export class ListingDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @Field(() => Int, {
    description: 'The listing version you looked at; if it changed since, the decision is a CONFLICT',
  })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({
    nullable: true,
    description: 'Why; required to request changes, reject or suspend. Kept in the audit trail',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}
