import { aListing, daysFromToday, license, locationAt } from '@test/factories/listing.factory';
import { useTestServices } from '@test/support/use-test-services';
import { DirectoryModule } from '../directory.module';
import { DirectoryCoverage, StateCoverageRecord } from './directory-coverage.service';

const FAMILY_MEDICINE = { code: '207Q00000X', primary: true };

describe('Coverage: approved listings serving each state, per kind of care', () => {
  const { get } = useTestServices([DirectoryModule], {
    listings: [
      aListing(),
      aListing({ offersTelehealth: true, licenses: [license('KS'), license('MO')] }),
      aListing({ specialties: [FAMILY_MEDICINE], offersTelehealth: true, licenses: [license('MO')] }),
      aListing({
        specialties: [FAMILY_MEDICINE],
        offersTelehealth: true,
        locations: [locationAt('64108')],
        licenses: [license('MO'), license('KS', { expiresOn: daysFromToday(-1) })],
      }),
      aListing({ status: 'SUBMITTED' }),
    ],
  });
  let coverage: Map<string, StateCoverageRecord>;

  beforeAll(async () => {
    coverage = new Map((await get(DirectoryCoverage).byState()).map((state) => [state.state, state]));
  });

  it('counts in person (a location there) and telehealth (an active verified license there) as search does', () => {
    expect(coverage.get('KS')).toMatchObject({
      inPerson: 3,
      telehealth: 1,
      serving: 3,
      categories: [
        { category: 'gynecology', inPerson: 2, telehealth: 1, serving: 2 },
        { category: 'primary-care', inPerson: 1, telehealth: 0, serving: 1 },
      ],
    });
    expect(coverage.get('MO')).toMatchObject({
      inPerson: 1,
      telehealth: 3,
      serving: 3,
      categories: [
        { category: 'gynecology', inPerson: 0, telehealth: 1, serving: 1 },
        { category: 'primary-care', inPerson: 1, telehealth: 2, serving: 2 },
      ],
    });
  });

  it('lists every state by code, with zeros where nobody serves it, and names it', () => {
    expect([...coverage.keys()]).toEqual([...coverage.keys()].sort());
    expect(coverage.size).toBeGreaterThanOrEqual(51);
    expect(coverage.get('WY')).toEqual({
      state: 'WY',
      name: 'Wyoming',
      inPerson: 0,
      telehealth: 0,
      serving: 0,
      categories: [
        { category: 'gynecology', inPerson: 0, telehealth: 0, serving: 0 },
        { category: 'primary-care', inPerson: 0, telehealth: 0, serving: 0 },
      ],
    });
  });
});
