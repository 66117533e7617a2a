import { PageArgs } from '@app/shared';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { AccountStatus } from '../roles';

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => AccountStatus, { nullable: true, description: 'Only accounts in this status; every status without' })
  @IsOptional()
  @IsEnum(AccountStatus)
  status?: AccountStatus;

  @Field({ nullable: true, description: 'Only accounts whose email contains this text, whatever its case' })
  @IsOptional()
  @IsString()
  @Length(1, 254)
  email?: string;
}

@ArgsType()
export class AccountIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;
}
