import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';

// Tokens are only checked for size here: any other malformation is an invalid link, answered like a forged one.
const MAX_TOKEN_LENGTH = 200;

@ArgsType()
export class ConfirmEmailArgs {
  @Field({ description: 'The `token` of the link mailed at sign-up' })
  @IsString()
  @MaxLength(MAX_TOKEN_LENGTH)
  token!: string;
}

@ArgsType()
export class EmailArgs {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;
}

// The new password's strength is judged by the service, once the link names the account it must not resemble.
@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The `token` of the link mailed by requestPasswordReset' })
  @IsString()
  @MaxLength(MAX_TOKEN_LENGTH)
  token!: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters, and hard to guess` })
  @IsString()
  newPassword!: string;
}
