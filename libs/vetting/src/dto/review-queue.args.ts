import { ListingStatus } from '@app/directory';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@app/shared';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
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

@ArgsType()
export class ListingsForReviewArgs extends PageArgs {
  @Field(() => ListingStatus, { description: 'Review status: of the open revision if any, else of the listing' })
  @IsEnum(ListingStatus)
  status!: ListingStatus;
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
