import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

// Only size is checked here: any other wrong token is refused as UNAUTHENTICATED, like a spent or expired one.
@ArgsType()
export class RefreshSessionArgs {
  @Field()
  @IsString()
  @MaxLength(100)
  refreshToken!: string;
}
