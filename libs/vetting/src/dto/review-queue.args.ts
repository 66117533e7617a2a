import { ListingStatus } from '@app/directory';
import { IsUsState, PageArgs, UsState } from '@app/shared';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class ListingsForReviewArgs extends PageArgs {
  @Field(() => ListingStatus, { description: 'Review status: of the open revision if any, else of the listing' })
  @IsEnum(ListingStatus)
  status!: ListingStatus;

  @Field(() => UsState, { nullable: true, description: 'Only listings licensed or practising in this state' })
  @IsOptional()
  @IsUsState()
  state?: UsState;
}

@ArgsType()
export class DueForReverificationArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Also those due within this many days' })
  @IsInt()
  @Min(0)
  @Max(365)
  withinDays: number = 0;
}

@ArgsType()
export class ListingIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;
}
