import { US_STATES, UsState } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { SpecialtyCategory } from '../search/search-criteria';
import { CoverageRow, DirectoryCoverageRepository } from './directory-coverage.repository';

export interface ServingCounts {
  inPerson: number;
  telehealth: number;
  serving: number;
}

export interface StateCoverageRecord extends ServingCounts {
  state: UsState;
  name: string;
  categories: Array<ServingCounts & { category: SpecialtyCategory }>;
}

const NONE: ServingCounts = { inPerson: 0, telehealth: 0, serving: 0 };

const countsOf = ({ inPerson, telehealth, serving }: CoverageRow): ServingCounts => ({ inPerson, telehealth, serving });

/** Where the directory has approved listings for each kind of care, and where it has none: where to recruit next. */
@Injectable()
export class DirectoryCoverage {
  constructor(private readonly repository: DirectoryCoverageRepository) {}

  /** Every state, DC and territory, by code, those nobody serves included (with zeros). */
  async byState(): Promise<StateCoverageRecord[]> {
    const rows = await this.repository.coverage();
    const find = (state: string, category: string | null) =>
      rows.find((row) => row.state === state && row.category === category);
    return Object.entries(US_STATES)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([state, name]) => {
        const total = find(state, null);
        return {
          state: state as UsState,
          name,
          ...(total ? countsOf(total) : NONE),
          categories: Object.values(SpecialtyCategory).map((category) => {
            const row = find(state, category);
            return { category, ...(row ? countsOf(row) : NONE) };
          }),
        };
      });
  }
}
