import { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { copyLine } from './copy-text';
import { ListingRecord } from './listing-record';

type Row = Parameters<typeof copyLine>[0];

interface TableSpec {
  table: string;
  columns: string[];
  rows: (listing: ListingRecord) => Row[];
}

const TABLES: TableSpec[] = [
  {
    table: 'providers',
    columns: [
      'id',
      'npi',
      'first_name',
      'last_name',
      'chosen_name',
      'chosen_last_name',
      'credentials',
      'pronouns',
      'bio',
      'phone',
      'accepting_new_patients',
      'offers_telehealth',
      'status',
      'last_verified_at',
    ],
    rows: (l) => [
      [
        l.id,
        l.npi,
        l.firstName,
        l.lastName,
        l.chosenName,
        l.chosenLastName,
        l.credentials,
        l.pronouns,
        l.bio,
        l.phone,
        l.acceptingNewPatients,
        l.offersTelehealth,
        l.status,
        l.lastVerifiedAt,
      ],
    ],
  },
  {
    table: 'provider_specialties',
    columns: ['provider_id', 'specialty_code', 'is_primary'],
    rows: (l) => l.specialties.map((s) => [l.id, s.code, s.primary]),
  },
  {
    table: 'provider_languages',
    columns: ['provider_id', 'language_code'],
    rows: (l) => l.languages.map((code) => [l.id, code]),
  },
  {
    table: 'provider_insurance_plans',
    columns: ['provider_id', 'plan_slug'],
    rows: (l) => l.insurance.map((slug) => [l.id, slug]),
  },
  {
    table: 'provider_care_attributes',
    columns: ['provider_id', 'attribute_slug', 'evidence', 'evidenced_on'],
    rows: (l) => l.attributes.map((a) => [l.id, a.slug, a.evidence, a.evidencedOn]),
  },
  {
    table: 'practice_locations',
    columns: [
      'id',
      'provider_id',
      'position',
      'name',
      'street',
      'city',
      'state',
      'zip',
      'latitude',
      'longitude',
      'hide_street',
      'phone',
    ],
    rows: (l) =>
      l.locations.map((p, i) => [
        p.id,
        l.id,
        i,
        p.name,
        p.street,
        p.city,
        p.state,
        p.zip,
        p.latitude,
        p.longitude,
        p.hideStreet,
        p.phone,
      ]),
  },
  {
    table: 'licenses',
    columns: [
      'id',
      'provider_id',
      'state',
      'license_type',
      'number',
      'expires_on',
      'verification',
      'verified_at',
      'verification_source',
    ],
    rows: (l) =>
      l.licenses.map((c) => [
        c.id,
        l.id,
        c.state,
        c.type,
        c.number,
        c.expiresOn,
        c.verification,
        c.verifiedAt,
        c.source,
      ]),
  },
];

export interface LoadResult {
  /** Approved listings now in the search read model. */
  published: number;
  /** Rows written by COPY across every listing table. */
  rowsCopied: number;
}

/**
 * Writes listings through PostgreSQL's bulk path (COPY), table by table, then publishes the approved ones to the
 * search read model, all in one transaction. `listings` is read once, in chunks, so a large load is never held whole.
 */
export async function loadListings(client: ClientBase, listings: () => Iterable<ListingRecord>): Promise<LoadResult> {
  await client.query('BEGIN');
  try {
    const { ids, rowsCopied } = await copyListingRows(client, listings);
    const published = await publish(client, ids);
    await client.query('COMMIT');
    return { published, rowsCopied };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The tables a listing is written to, in foreign-key order. */
export const LISTING_TABLES = TABLES.map((spec) => spec.table);

// Listings are generated once and written in chunks: every chunk is COPYed table by table (providers first, for the
// foreign keys), so a million listings never sit in memory at once and are never generated twice.
const CHUNK_LISTINGS = 10_000;

/**
 * COPYs listings without publishing them. `tableName` redirects each table (the benchmark copies the same rows into
 * index-free twins to measure what COPY alone costs).
 */
export async function copyListingRows(
  client: ClientBase,
  listings: () => Iterable<ListingRecord>,
  tableName: (table: string) => string = (table) => table,
): Promise<{ ids: string[]; rowsCopied: number }> {
  const ids: string[] = [];
  let rowsCopied = 0;
  for (const chunk of chunksOf(listings(), CHUNK_LISTINGS)) {
    for (const listing of chunk) ids.push(listing.id);
    for (const spec of TABLES) rowsCopied += await copyChunk(client, spec, chunk, tableName(spec.table));
  }
  return { ids, rowsCopied };
}

async function copyChunk(client: ClientBase, spec: TableSpec, chunk: ListingRecord[], table: string): Promise<number> {
  let rows = 0;
  function* lines(): Generator<string> {
    let batch = '';
    for (const listing of chunk) {
      for (const row of spec.rows(listing)) {
        batch += copyLine(row);
        rows += 1;
      }
      if (batch.length > 64 * 1024) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  await pipeline(
    Readable.from(lines()),
    client.query(copyFrom(`COPY ${table} (${spec.columns.join(', ')}) FROM STDIN`)),
  );
  return rows;
}

function* chunksOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

// A large load rebuilds the read model in one pass; a small one refreshes just its listings.
async function publish(client: ClientBase, ids: string[]): Promise<number> {
  const large = ids.length > 5000;
  const result = large
    ? await client.query<{ published: number }>('SELECT rebuild_search_listings() AS published')
    : await client.query<{ published: number }>('SELECT refresh_search_listings($1::uuid[]) AS published', [ids]);
  return result.rows[0].published;
}
