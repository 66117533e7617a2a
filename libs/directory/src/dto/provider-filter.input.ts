import { IsUsState, UsState } from '@app/shared';
import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { ServiceMode, SpecialtyCategory } from '../search/search-criteria';
import { ToArray, ToBoolean, ToNumber, ToUpperCase, Trim } from './query-transforms';

export const MAX_RADIUS_MILES = 250;
export const DEFAULT_RADIUS_MILES = 25;
const MAX_LIST_VALUES = 20;

/** Search filters shared by REST (query string) and GraphQL (ProviderFilter input); all optional, ANDed. */
@InputType()
export class ProviderFilter {
  @Field(() => UsState, {
    nullable: true,
    description: 'Serves this state: a practice location there, or telehealth with an active verified license there',
  })
  @IsOptional()
  @ToUpperCase()
  @IsUsState()
  state?: UsState;

  @Field(() => ServiceMode, { nullable: true, defaultValue: ServiceMode.ANY })
  @IsOptional()
  @ToUpperCase()
  @IsEnum(ServiceMode, { message: 'must be one of IN_PERSON, TELEHEALTH, ANY' })
  mode?: ServiceMode;

  @Field(() => SpecialtyCategory, { nullable: true })
  @IsOptional()
  @IsEnum(SpecialtyCategory, { message: 'must be one of gynecology, primary-care' })
  category?: SpecialtyCategory;

  @Field({ nullable: true, description: 'Specialty slug (gynecology) or NUCC code (207VG0400X)' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  specialty?: string;

  @Field({ nullable: true, description: 'Five-digit US ZIP code; in-person locations within radiusMiles' })
  @IsOptional()
  @Trim()
  @Matches(/^[0-9]{5}$/, { message: 'must be a five-digit US ZIP code' })
  zip?: string;

  @Field(() => Int, { nullable: true, description: `Default ${DEFAULT_RADIUS_MILES}, at most ${MAX_RADIUS_MILES}` })
  @IsOptional()
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(MAX_RADIUS_MILES)
  radiusMiles?: number;

  @Field({ nullable: true, description: 'Name, forgiving of typos and accents (at least 2 characters)' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(2, 100)
  q?: string;

  @Field({ nullable: true })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  acceptingNewPatients?: boolean;

  @Field({ nullable: true, description: 'Offers telehealth at all' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  telehealth?: boolean;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes; any of them' })
  @IsOptional()
  @ToArray()
  @IsArray()
  @ArrayMaxSize(MAX_LIST_VALUES)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'must be ISO 639-1 codes such as es' })
  language?: string[];

  @Field(() => [String], { nullable: true, description: 'Care attribute slugs; all of them' })
  @IsOptional()
  @ToArray()
  @IsArray()
  @ArrayMaxSize(MAX_LIST_VALUES)
  @IsString({ each: true })
  attribute?: string[];

  @Field(() => [String], { nullable: true, description: 'Insurance plan slugs; any of them' })
  @IsOptional()
  @ToArray()
  @IsArray()
  @ArrayMaxSize(MAX_LIST_VALUES)
  @IsString({ each: true })
  insurance?: string[];
}
