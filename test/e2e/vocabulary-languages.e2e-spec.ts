import request from 'supertest';
import { aListing } from '@test/factories/listing.factory';
import { graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

type Named = { name: string } & ({ slug: string } | { code: string });

describe('Vocabularies in the language asked, over REST and GraphQL', () => {
  const context = useTestApp();
  const rest = (path: string, query: Record<string, string> = {}) =>
    request(context.app().getHttpServer()).get(`/api/v1/${path}`).query(query);
  const nameOf = (entries: Named[], key: string) =>
    entries.find((entry) => ('slug' in entry ? entry.slug : entry.code) === key)?.name;

  it.each([
    ['care-attributes', 'trauma-informed', 'Trauma-informed', 'Atención informada en trauma'],
    ['specialties', 'gynecology', 'Gynecology Physician', 'Especialista en ginecología'],
    ['states', 'NC', 'North Carolina', 'Carolina del Norte'],
    ['languages', 'am', 'Amharic', 'Amárico'],
  ])('GET /api/v1/%s names %s in English by default and in Spanish with ?language=es', async (path, key, en, es) => {
    const english = await rest(path).expect(200);
    const spanish = await rest(path, { language: 'es' }).expect(200);

    expect(nameOf(english.body, key)).toBe(en);
    expect(nameOf(spanish.body, key)).toBe(es);
    expect(spanish.body).toHaveLength(english.body.length);
  });

  it('refuses a language it does not speak, naming the parameter', async () => {
    const response = await rest('care-attributes', { language: 'fr' }).expect(400);

    expect(response.body.details).toEqual([{ field: 'language', reason: 'must be one of en, es' }]);
  });

  it('answers GraphQL in the language asked, codes and slugs unchanged', async () => {
    const response = await graphql<{ careAttributes: Named[]; usStates: Named[]; specialties: Named[] }>(
      context.app(),
      `
        query ($language: DisplayLanguage!) {
          careAttributes(language: $language) {
            slug
            name
            description
          }
          usStates(language: $language) {
            code
            name
          }
          specialties(language: $language) {
            code
            slug
            name
          }
        }
      `,
      { language: 'ES' },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.careAttributes.find((a) => 'slug' in a && a.slug === 'lgbtq-affirming')).toEqual({
      slug: 'lgbtq-affirming',
      name: 'Afirma a personas LGBTQ+',
      description: 'Recibe y afirma a pacientes lesbianas, gais, bisexuales, trans, queer y no binarios.',
    });
    expect(nameOf(response.data!.usStates, 'NY')).toBe('Nueva York');
    expect(nameOf(response.data!.specialties, 'midwife')).toBe('Profesional de partería');
  });

  it('refuses an unknown language over GraphQL as bad input', async () => {
    const response = await graphql(context.app(), 'query($l: DisplayLanguage!) { usStates(language: $l) { code } }', {
      l: 'FR',
    });

    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('Listings named in the language asked, over REST and GraphQL', () => {
  const listing = aListing({ languages: ['en', 'es', 'am'], insurance: ['aetna'] });
  const context = useTestApp({ listings: [listing] });
  const get = (path: string, acceptLanguage?: string) => {
    const call = request(context.app().getHttpServer()).get(path);
    return (acceptLanguage ? call.set('accept-language', acceptLanguage) : call).expect(200);
  };
  const SPANISH = {
    specialties: [
      expect.objectContaining({ code: '207VG0400X', slug: 'gynecology', name: 'Especialista en ginecología' }),
    ],
    careAttributes: [
      expect.objectContaining({ slug: 'lgbtq-affirming', name: 'Afirma a personas LGBTQ+' }),
      expect.objectContaining({ slug: 'trauma-informed', name: 'Atención informada en trauma' }),
    ],
    languages: [
      { code: 'am', name: 'Amárico' },
      { code: 'en', name: 'Inglés' },
      { code: 'es', name: 'Español' },
    ],
  };

  it('names a listing’s vocabularies in Spanish for Accept-Language es-MX, and says so', async () => {
    const response = await get(`/api/v1/providers/${listing.id}`, 'es-MX,es;q=0.9,en;q=0.5');

    expect(response.headers['content-language']).toBe('es');
    expect(response.headers.vary).toMatch(/accept-language/i);
    expect(response.body).toMatchObject(SPANISH);
    // Brand names stay as the plans write them.
    expect(response.body.insurancePlans).toEqual([{ slug: 'aetna', name: 'Aetna' }]);
  });

  it('names search results the same way, and in English without the header or for a language it lacks', async () => {
    const spanish = await get('/api/v1/providers?state=KS', 'es');
    const english = await get('/api/v1/providers?state=KS');
    const french = await get('/api/v1/providers?state=KS', 'fr-CA');

    expect(spanish.body.data).toEqual([expect.objectContaining(SPANISH)]);
    expect(english.headers['content-language']).toBe('en');
    expect(english.body.data[0].careAttributes.map((a: { name: string }) => a.name)).toEqual([
      'LGBTQ+ affirming',
      'Trauma-informed',
    ]);
    expect(french.body).toEqual(english.body);
  });

  it('keeps ?language= a filter by a language spoken, whatever the names are in', async () => {
    const response = await get('/api/v1/providers?state=KS&language=am', 'es');

    expect(response.body.data.map((p: { id: string }) => p.id)).toEqual([listing.id]);
  });

  it('answers GraphQL in the language asked', async () => {
    const response = await graphql<{ provider: object; providers: { nodes: object[] } }>(
      context.app(),
      `
        fragment Names on Provider {
          specialties {
            code
            slug
            name
          }
          careAttributes {
            slug
            name
          }
          languages {
            code
            name
          }
        }
        query ($id: ID!, $language: DisplayLanguage!) {
          provider(id: $id, language: $language) {
            ...Names
          }
          providers(filter: { state: KS }, language: $language) {
            nodes {
              ...Names
            }
          }
        }
      `,
      { id: listing.id, language: 'ES' },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.provider).toMatchObject(SPANISH);
    expect(response.data?.providers.nodes).toEqual([expect.objectContaining(SPANISH)]);
  });
});
