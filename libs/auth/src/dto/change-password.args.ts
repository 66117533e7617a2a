import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password-hasher';

// The new password's strength is judged by the service, which knows the account's email and name.
@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters, hard to guess, and not the current one` })
  @IsString()
  newPassword!: string;
}
