import { UsState } from '@app/shared';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import '../models/enums';
import { SpecialtyCategory } from '../search/search-criteria';

/** How many approved listings serve a state, as search finds them there. */
@ObjectType({ isAbstract: true })
export abstract class ServingCounts {
  @Field(() => Int, { description: 'With a practice location in the state' })
  inPerson!: number;

  @Field(() => Int, { description: 'By telehealth, with an active verified license in the state' })
  telehealth!: number;

  @Field(() => Int, { description: 'Either way (a listing serving both ways counts once)' })
  serving!: number;
}

@ObjectType({ description: 'Approved listings serving a state with one kind of care' })
export class CategoryCoverage extends ServingCounts {
  @Field(() => SpecialtyCategory)
  category!: SpecialtyCategory;
}

@ObjectType({ description: 'Approved listings serving a state, for any kind of care and per kind' })
export class StateCoverage extends ServingCounts {
  @Field(() => UsState)
  state!: UsState;

  @Field()
  name!: string;

  @Field(() => [CategoryCoverage], { description: 'One per kind of care, zeros included' })
  categories!: CategoryCoverage[];
}
