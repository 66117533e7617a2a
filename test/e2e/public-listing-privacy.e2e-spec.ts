import { Role } from '@app/auth';
import request from 'supertest';
import { aListing, locationAt } from '@test/factories/listing.factory';
import { graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

// The legal name is for vetting; the public sees the name a provider chose, whole. The NPI leads to the legal name
// in the national registry, so only signed-in therapists and admins get it.
const chosenName = aListing({
  firstName: 'Margaret',
  lastName: 'Okafor',
  chosenName: 'Rowan',
  chosenLastName: 'Vale',
  locations: [locationAt('66044')],
});
const legalName = aListing({ firstName: 'Dana', lastName: 'Whitcombe', locations: [locationAt('66044')] });

const PROVIDER = `query ($id: ID!) { provider(id: $id) { npi displayName firstName lastName } }`;
const PROVIDERS = `query ($q: String) {
  providers(filter: { state: KS, q: $q }) { nodes { id npi displayName firstName lastName } } }`;

type PublicName = { id: string; npi: string | null; displayName: string; firstName: string; lastName: string };

describe('What the public learns about a provider', () => {
  const context = useTestApp({
    listings: [chosenName, legalName],
    signedIn: [Role.THERAPIST, Role.ADMIN, Role.PROVIDER],
  });
  const http = () => request(context.app().getHttpServer());
  const tokenOf = (role: Role) => context.account(role).token;

  const restListing = async (token?: string) => {
    const call = http().get(`/api/v1/providers/${chosenName.id}`);
    if (token) call.set('Authorization', `Bearer ${token}`);
    return (await call.expect(200)).body as PublicName;
  };
  const restSearch = async (query: Record<string, string>, token?: string) => {
    const call = http()
      .get('/api/v1/providers')
      .query({ state: 'KS', ...query });
    if (token) call.set('Authorization', `Bearer ${token}`);
    return ((await call.expect(200)).body as { data: PublicName[] }).data;
  };
  const graphqlListing = async (token?: string) =>
    (await graphql<{ provider: PublicName }>(context.app(), PROVIDER, { id: chosenName.id }, token)).data!.provider;
  const graphqlSearch = async (q?: string, token?: string) =>
    (await graphql<{ providers: { nodes: PublicName[] } }>(context.app(), PROVIDERS, { q }, token)).data!.providers
      .nodes;

  describe('the name', () => {
    it('is the chosen name, whole, in search results and on the profile, over REST and GraphQL', async () => {
      const expected = { displayName: 'Rowan Vale, MD', firstName: 'Rowan', lastName: 'Vale' };
      const everyAnswer = [
        await restListing(),
        (await restSearch({})).find((l) => l.id === chosenName.id),
        await graphqlListing(),
        (await graphqlSearch()).find((l) => l.id === chosenName.id),
      ];
      for (const answer of everyAnswer) {
        expect(answer).toMatchObject(expected);
        expect(JSON.stringify(answer)).not.toMatch(/Margaret|Okafor/);
      }
    });

    it('is the legal name when the provider chose none', async () => {
      expect((await graphqlSearch('Whitcombe')).map((l) => l.displayName)).toEqual(['Dana Whitcombe, MD']);
    });

    it('is what a name search finds, never the legal name it replaces', async () => {
      expect((await restSearch({ q: 'Rowan Vale' })).map((l) => l.id)).toEqual([chosenName.id]);
      expect((await graphqlSearch('vale')).map((l) => l.id)).toEqual([chosenName.id]);
      expect(await restSearch({ q: 'Okafor' })).toEqual([]);
      expect(await graphqlSearch('Margaret Okafor')).toEqual([]);
    });

    it('is never found by the NPI either', async () => {
      expect(await restSearch({ q: chosenName.npi })).toEqual([]);
      expect(await graphqlSearch(chosenName.npi, tokenOf(Role.ADMIN))).toEqual([]);
    });
  });

  describe('the NPI', () => {
    it('is withheld from anonymous callers and providers', async () => {
      for (const token of [undefined, tokenOf(Role.PROVIDER), 'not-a-valid-token']) {
        expect((await restListing(token)).npi).toBeNull();
        expect((await restSearch({}, token)).map((l) => l.npi)).toEqual([null, null]);
        expect((await graphqlListing(token)).npi).toBeNull();
        expect((await graphqlSearch(undefined, token)).map((l) => l.npi)).toEqual([null, null]);
      }
    });

    it('is given to signed-in therapists and admins', async () => {
      for (const role of [Role.THERAPIST, Role.ADMIN]) {
        const token = tokenOf(role);
        expect((await restListing(token)).npi).toBe(chosenName.npi);
        expect((await restSearch({ q: 'Rowan Vale' }, token)).map((l) => l.npi)).toEqual([chosenName.npi]);
        expect((await graphqlListing(token)).npi).toBe(chosenName.npi);
        expect((await graphqlSearch('Rowan Vale', token)).map((l) => l.npi)).toEqual([chosenName.npi]);
      }
    });
  });
});
