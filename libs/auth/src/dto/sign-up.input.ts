import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, Length, MaxLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';
import { SignUpRole } from '../roles';
import { IsStrongPassword } from './strong-password';

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters, and hard to guess` })
  @IsString()
  @IsStrongPassword<SignUpInput>(({ email, displayName }) => [email, displayName])
  password!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @Field(() => SignUpRole)
  @IsEnum(SignUpRole)
  role!: SignUpRole;
}
