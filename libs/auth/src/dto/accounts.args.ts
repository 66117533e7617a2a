import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@app/shared';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AccountStatus } from '../roles';

@ArgsType()
export class AccountsArgs {
  @Field(() => AccountStatus)
  @IsEnum(AccountStatus)
  status!: AccountStatus;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100' })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  after?: string;
}
