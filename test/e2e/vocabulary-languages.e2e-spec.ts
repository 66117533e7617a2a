import request from 'supertest';
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
