import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../password-hasher';

/** Longer than any code (six digits, or a recovery code with its dashes), with room for spaces typed around it. */
export const MAX_ONE_TIME_CODE_LENGTH = 40;
const ONE_TIME_CODE = 'A code from the authenticator app, or one of the recovery codes';

// No format rules beyond size: a malformed email simply fails to log in, like any wrong one.
@ArgsType()
export class CredentialsArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

@ArgsType()
export class LogInArgs extends CredentialsArgs {
  @Field({ nullable: true, description: `${ONE_TIME_CODE}: required for accounts with a second factor (admins)` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ONE_TIME_CODE_LENGTH)
  oneTimeCode?: string;
}

@ArgsType()
export class OneTimeCodeArgs {
  @Field({ description: ONE_TIME_CODE })
  @IsString()
  @MaxLength(MAX_ONE_TIME_CODE_LENGTH)
  oneTimeCode!: string;
}
