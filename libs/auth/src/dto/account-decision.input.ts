import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class AccountDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Why; kept in the audit trail' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}
