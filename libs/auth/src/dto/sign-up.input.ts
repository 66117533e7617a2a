import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password-hasher';
import { SignUpRole } from '../roles';

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @Field(() => SignUpRole)
  @IsEnum(SignUpRole)
  role!: SignUpRole;
}
