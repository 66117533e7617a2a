import { SpecialtyCategory } from '@app/directory';
import { IsUsState, PageArgs, UsState } from '@app/shared';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

@InputType({ description: 'Which registry practitioners to list: all of them practise in `state`' })
export class RegistryCandidateFilterInput {
  @Field(() => UsState, { description: 'The state of the practice address' })
  @IsUsState()
  state!: UsState;

  @Field(() => SpecialtyCategory, { nullable: true })
  @IsOptional()
  @IsEnum(SpecialtyCategory)
  category?: SpecialtyCategory;

  @Field(() => String, { nullable: true, description: 'A specialty slug or NUCC code the directory lists' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  specialty?: string;

  @Field(() => String, { nullable: true, description: 'The start of the first or last name, any case' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  name?: string;
}

@ArgsType()
export class RegistryCandidatesArgs extends PageArgs {
  @Field(() => RegistryCandidateFilterInput)
  @ValidateNested()
  @Type(() => RegistryCandidateFilterInput)
  filter!: RegistryCandidateFilterInput;
}
