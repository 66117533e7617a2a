import { Role, Roles } from '@app/auth';
import { Query, Resolver } from '@nestjs/graphql';
import { StateCoverage } from './directory-coverage.model';
import { DirectoryCoverage } from './directory-coverage.service';

@Roles(Role.ADMIN)
@Resolver()
export class DirectoryCoverageResolver {
  constructor(private readonly coverage: DirectoryCoverage) {}

  @Query(() => [StateCoverage], {
    description:
      'Approved listings serving each state (every state, DC and territory, by code, zeros included), per kind of care, in person and by telehealth, as search counts them',
  })
  directoryCoverage(): Promise<StateCoverage[]> {
    return this.coverage.byState();
  }
}
