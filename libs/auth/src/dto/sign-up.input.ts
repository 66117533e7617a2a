import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';
import { SignUpRole } from '../roles';
import { IsStrongPassword } from './strong-password';
import { TherapistLicenseInput } from './therapist-license.input';

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

  @Field(() => [TherapistLicenseInput], {
    nullable: true,
    description: 'Therapists: at least one license, verified by an admin before approval; other roles: none',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TherapistLicenseInput)
  licenses?: TherapistLicenseInput[];
}
