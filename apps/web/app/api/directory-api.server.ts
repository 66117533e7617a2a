import { ApiError, type ApiTransport } from './api-transport';
import { DirectoryVocabulariesDocument, type DirectoryVocabulariesQuery } from './graphql.generated';
import type { Language } from '../i18n/i18n';
import type { DisplayLanguage, Provider } from './schema-types.generated';
import type { BadRequestBody, ProviderSearchPage, PublicListingEntry } from './rest-types';

export type Vocabularies = DirectoryVocabulariesQuery;

export type SearchOutcome =
  | { kind: 'page'; page: ProviderSearchPage }
  | { kind: 'invalid'; fieldErrors: Record<string, string>; message: string };

// The vocabularies change only with a migration or a taxonomy import; a few minutes of staleness never matters and
// saves a call per page.
const VOCABULARY_TTL_MS = 5 * 60 * 1000;
const cachedVocabularies = new Map<Language, { value: Vocabularies; until: number }>();

/** What the public pages read, through the same public API (REST and GraphQL) as every other client. */
export class DirectoryApi {
  constructor(private readonly transport: ApiTransport) {}

  /** `GET /api/v1/providers` with the visitor's query as it is: the site and the API take the same parameters. */
  async search(query: URLSearchParams): Promise<SearchOutcome> {
    const path = `/api/v1/providers?${query.toString()}`;
    const { status, body } = await this.transport({ method: 'GET', path });
    if (status === 200) return { kind: 'page', page: body as ProviderSearchPage };
    if (status === 400) {
      const { details = [], message } = body as BadRequestBody;
      return { kind: 'invalid', message, fieldErrors: Object.fromEntries(details.map((d) => [d.field, d.reason])) };
    }
    throw new ApiError(status, path);
  }

  /** One approved listing, or null when there is none with this id (unknown, not public, or not an id at all). */
  async provider(id: string): Promise<Provider | null> {
    const path = `/api/v1/providers/${encodeURIComponent(id)}`;
    const { status, body } = await this.transport({ method: 'GET', path });
    if (status === 200) return body as Provider;
    if (status === 404 || status === 400) return null;
    throw new ApiError(status, path);
  }

  async listingBucket(bucket: string): Promise<PublicListingEntry[]> {
    const path = `/api/v1/sitemap/providers/${bucket}`;
    const { status, body } = await this.transport({ method: 'GET', path });
    if (status !== 200) throw new ApiError(status, path);
    return body as PublicListingEntry[];
  }

  /** The vocabularies named in the visitor's language (codes and slugs are the same in every language). */
  async vocabularies(language: Language): Promise<Vocabularies> {
    const cached = cachedVocabularies.get(language);
    if (cached && cached.until > Date.now()) return cached.value;
    const value = await this.graphql<Vocabularies>(DirectoryVocabulariesDocument.toString(), {
      language: displayLanguageOf(language),
    });
    cachedVocabularies.set(language, { value, until: Date.now() + VOCABULARY_TTL_MS });
    return value;
  }

  private async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { status, body } = await this.transport({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const result = body as { data?: T; errors?: unknown[] };
    if (status !== 200 || result.errors?.length || !result.data) throw new ApiError(status, '/graphql');
    return result.data;
  }
}

/** The API's name for each language of the site. */
const DISPLAY_LANGUAGES: Record<Language, DisplayLanguage> = { en: 'EN', es: 'ES' };

export function displayLanguageOf(language: Language): DisplayLanguage {
  return DISPLAY_LANGUAGES[language];
}
