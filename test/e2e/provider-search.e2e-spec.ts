import request from 'supertest';
import { aListing, daysFromToday, license, locationAt } from '@test/factories/listing.factory';
import { useTestApp } from '@test/support/use-test-app';

// Lawrence KS 66044, Wichita KS 67202 (~135 mi away), St. Louis MO 63110, Chicago IL 60614.
const kansasInPerson = aListing({ lastName: 'Abernathy', locations: [locationAt('66044')] });
const kansasBoth = aListing({
  lastName: 'Broussard',
  offersTelehealth: true,
  acceptingNewPatients: false,
  locations: [locationAt('67202')],
  licenses: [license('KS')],
});
const missouriTelehealthToKansas = aListing({
  lastName: 'Castillo',
  offersTelehealth: true,
  locations: [locationAt('63110')],
  licenses: [license('MO'), license('KS')],
});
const expiredKansasLicense = aListing({
  lastName: 'Dubois',
  offersTelehealth: true,
  locations: [locationAt('63110')],
  licenses: [license('MO'), license('KS', { expiresOn: daysFromToday(-1) })],
});
const unverifiedKansasLicense = aListing({
  lastName: 'Eriksen',
  offersTelehealth: true,
  locations: [locationAt('63110')],
  licenses: [license('MO'), license('KS', { verification: 'UNVERIFIED', verifiedAt: null, source: null })],
});
const kansasLicenseWithoutTelehealth = aListing({
  lastName: 'Fontenot',
  offersTelehealth: false,
  locations: [locationAt('63110')],
  licenses: [license('MO'), license('KS')],
});
const draftInKansas = aListing({ lastName: 'Abernathy', status: 'DRAFT' });
const suspendedInKansas = aListing({ lastName: 'Abernathy', status: 'SUSPENDED' });
const chicagoPrimaryCare = aListing({
  firstName: 'Margaret',
  lastName: 'Okafor',
  chosenName: 'Rowan',
  chosenLastName: 'Núñez',
  specialties: [{ code: '207Q00000X', primary: true }],
  languages: ['en', 'es'],
  insurance: ['medicaid'],
  attributes: [
    { slug: 'lgbtq-affirming', evidence: 'ADMIN_VERIFIED', evidencedOn: daysFromToday(-3) },
    { slug: 'trauma-informed', evidence: 'ADMIN_VERIFIED', evidencedOn: daysFromToday(-3) },
    { slug: 'prep-pep', evidence: 'SELF_ATTESTED', evidencedOn: daysFromToday(-3) },
  ],
  locations: [locationAt('60614', { hideStreet: true })],
  licenses: [license('IL')],
});

const everyListing = [
  kansasInPerson,
  kansasBoth,
  missouriTelehealthToKansas,
  expiredKansasLicense,
  unverifiedKansasLicense,
  kansasLicenseWithoutTelehealth,
  draftInKansas,
  suspendedInKansas,
  chicagoPrimaryCare,
];
const approvedListings = everyListing.filter((l) => l.status === 'APPROVED');

type Result = { id: string; servesVia: string[]; distanceMiles: number | null; displayName: string };
type SearchBody = { data: Result[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

describe('Public provider search (REST)', () => {
  const context = useTestApp({ listings: everyListing });
  const app = () => context.app().getHttpServer();

  async function search(query: Record<string, string | string[] | number | boolean | undefined>): Promise<SearchBody> {
    const response = await request(app()).get('/api/v1/providers').query(query).expect(200);
    return response.body as SearchBody;
  }

  const idsOf = (body: SearchBody) => body.data.map((r) => r.id).sort();
  const sortedIds = (...listings: Array<{ id: string }>) => listings.map((l) => l.id).sort();

  describe('the state rule', () => {
    it('counts a practice location or telehealth with an active, verified license, and says which', async () => {
      const body = await search({ state: 'KS' });

      expect(idsOf(body)).toEqual(sortedIds(kansasInPerson, kansasBoth, missouriTelehealthToKansas));
      expect(body.totalCount).toBe(3);
      const servesVia = Object.fromEntries(body.data.map((r) => [r.id, r.servesVia]));
      expect(servesVia[kansasInPerson.id]).toEqual(['IN_PERSON']);
      expect(servesVia[kansasBoth.id]).toEqual(['IN_PERSON', 'TELEHEALTH']);
      expect(servesVia[missouriTelehealthToKansas.id]).toEqual(['TELEHEALTH']);
    });

    it('narrows to one mode', async () => {
      expect(idsOf(await search({ state: 'KS', mode: 'IN_PERSON' }))).toEqual(sortedIds(kansasInPerson, kansasBoth));
      expect(idsOf(await search({ state: 'KS', mode: 'TELEHEALTH' }))).toEqual(
        sortedIds(kansasBoth, missouriTelehealthToKansas),
      );
    });

    it('accepts a lower-case state code', async () => {
      expect((await search({ state: 'ks' })).totalCount).toBe(3);
    });

    it('ignores expired, unverified and non-telehealth licenses', async () => {
      const ids = idsOf(await search({ state: 'KS', mode: 'TELEHEALTH' }));
      expect(ids).not.toContain(expiredKansasLicense.id);
      expect(ids).not.toContain(unverifiedKansasLicense.id);
      expect(ids).not.toContain(kansasLicenseWithoutTelehealth.id);
    });
  });

  describe('filters', () => {
    it('filters by category, specialty slug and NUCC code', async () => {
      expect(idsOf(await search({ category: 'primary-care' }))).toEqual(sortedIds(chicagoPrimaryCare));
      expect((await search({ category: 'gynecology' })).totalCount).toBe(approvedListings.length - 1);
      expect(idsOf(await search({ specialty: 'family-medicine' }))).toEqual(sortedIds(chicagoPrimaryCare));
      expect(idsOf(await search({ specialty: '207q00000x' }))).toEqual(sortedIds(chicagoPrimaryCare));
    });

    it('finds in-person locations within a ZIP radius, nearest first, with distances', async () => {
      const near = await search({ zip: '66044', radiusMiles: 25 });
      expect(idsOf(near)).toEqual(sortedIds(kansasInPerson));
      expect(near.data[0].distanceMiles).toBeLessThan(1);

      const wider = await search({ zip: '66044', radiusMiles: 200 });
      expect(wider.data.map((r) => r.id)).toEqual([kansasInPerson.id, kansasBoth.id]);
      expect(wider.data[1].distanceMiles).toBeGreaterThan(100);
      expect(wider.data[1].distanceMiles).toBeLessThan(200);
    });

    it('uses 25 miles when no radius is given', async () => {
      expect(idsOf(await search({ zip: '66044' }))).toEqual(sortedIds(kansasInPerson));
    });

    it('matches names despite accents and typos, and never by a legal name the provider replaced', async () => {
      expect(idsOf(await search({ q: 'nunez' }))).toEqual(sortedIds(chicagoPrimaryCare));
      expect(idsOf(await search({ q: 'Rowan Nunes' }))).toEqual(sortedIds(chicagoPrimaryCare));
      expect(idsOf(await search({ q: 'Broussart' }))).toEqual(sortedIds(kansasBoth));
      expect((await search({ q: 'Margaret' })).totalCount).toBe(0);
      expect((await search({ q: 'Okafor' })).totalCount).toBe(0);
    });

    it('filters by accepting new patients and telehealth', async () => {
      expect(idsOf(await search({ acceptingNewPatients: false }))).toEqual(sortedIds(kansasBoth));
      expect(idsOf(await search({ telehealth: true }))).toEqual(
        sortedIds(kansasBoth, missouriTelehealthToKansas, expiredKansasLicense, unverifiedKansasLicense),
      );
    });

    it('needs every attribute, any language and any insurance plan', async () => {
      expect(idsOf(await search({ attribute: ['lgbtq-affirming', 'prep-pep'] }))).toEqual(
        sortedIds(chicagoPrimaryCare),
      );
      expect((await search({ attribute: ['lgbtq-affirming'] })).totalCount).toBe(approvedListings.length);
      expect(idsOf(await search({ language: ['es', 'fr'] }))).toEqual(sortedIds(chicagoPrimaryCare));
      expect((await search({ insurance: ['medicaid', 'aetna'] })).totalCount).toBe(approvedListings.length);
      expect(idsOf(await search({ insurance: 'medicaid' }))).toEqual(sortedIds(chicagoPrimaryCare));
    });

    it('combines filters with AND', async () => {
      expect(idsOf(await search({ state: 'KS', telehealth: true, acceptingNewPatients: true }))).toEqual(
        sortedIds(missouriTelehealthToKansas),
      );
    });
  });

  describe('only approved listings', () => {
    it('never returns a listing that is not approved', async () => {
      const body = await search({ limit: 100 });
      expect(idsOf(body)).toEqual(sortedIds(...approvedListings));
    });

    it('answers 404 for a listing that is not approved, exactly as for an unknown id', async () => {
      const draft = await request(app()).get(`/api/v1/providers/${draftInKansas.id}`).expect(404);
      const unknown = await request(app()).get('/api/v1/providers/6b0d2f4e-3f4c-4c39-9d43-5a1d0f6a2b11').expect(404);
      expect(draft.body).toEqual(unknown.body);
    });
  });

  describe('the public listing', () => {
    it('hides a hidden street and its coordinates, and lists only active verified telehealth states', async () => {
      const listing = (await request(app()).get(`/api/v1/providers/${chicagoPrimaryCare.id}`).expect(200)).body;
      expect(listing.displayName).toBe('Rowan Núñez, MD');
      expect(listing.locations[0]).toMatchObject({
        street: null,
        latitude: null,
        longitude: null,
        city: 'Chicago',
        state: 'IL',
        streetHidden: true,
      });
      expect(listing.careAttributes.map((a: { slug: string }) => a.slug)).toEqual([
        'lgbtq-affirming',
        'trauma-informed',
        'prep-pep',
      ]);
      expect(JSON.stringify(listing)).not.toMatch(/Margaret|Okafor/);
      expect(listing.npi).toBeNull();

      const expired = (await request(app()).get(`/api/v1/providers/${expiredKansasLicense.id}`).expect(200)).body;
      expect(expired.telehealthStates).toEqual(['MO']);
    });
  });

  describe('pagination', () => {
    it.each([{ sort: 'relevance' }, { sort: 'name' }, { sort: 'distance', zip: '63110', radiusMiles: 250 }])(
      'returns each match exactly once, page after page ($sort)',
      async (query) => {
        const first = await search({ ...query, limit: 100 });
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await search({ ...query, limit: 2, ...(cursor ? { cursor } : {}) });
          seen.push(...page.data.map((r) => r.id));
          expect(page.totalCount).toBe(first.totalCount);
          cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
          pages += 1;
        } while (cursor && pages < 20);
        expect(seen).toEqual(first.data.map((r) => r.id));
        expect(new Set(seen).size).toBe(first.totalCount);
      },
    );

    it('sorts by name', async () => {
      const names = (await search({ sort: 'name' })).data.map((r) => r.displayName.split(' ')[1]);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    });
  });
});
