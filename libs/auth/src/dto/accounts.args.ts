import { PageArgs } from '@app/shared';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { AccountStatus } from '../roles';

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => AccountStatus)
  @IsEnum(AccountStatus)
  status!: AccountStatus;
}
