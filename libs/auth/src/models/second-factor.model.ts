import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A pending authenticator-app secret: the next logIn with one of its codes confirms it' })
export class SecondFactorEnrollment {
  @Field({ description: 'Base32, for typing into an authenticator app' })
  secret!: string;

  @Field({ description: 'The same secret as an otpauth:// URI, for a QR code' })
  otpauthUri!: string;
}
