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
    columns: ['id', 'npi', 'first_name', 'last_name', 'chosen_name', 'credentials', 'pronouns', 'bio', 'phone',
      'accepting_new_patients', 'offers_telehealth', 'status', 'last_verified_at'],
    rows: (l) => [[l.id, l.npi, l.firstName, l.lastName, l.chosenName, l.credentials, l.pronouns, l.bio, l.phone,
      l.acceptingNewPatients, l.offersTelehealth, l.status, l.lastVerifiedAt]],
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
    columns: ['id', 'provider_id', 'position', 'name', 'street', 'city', 'state', 'zip', 'latitude', 'longitude',
      'hide_street', 'phone'],
    rows: (l) => l.locations.map((p, i) => [p.id, l.id, i, p.name, p.street, p.city, p.state, p.zip, p.latitude,
      p.longitude, p.hideStreet, p.phone]),
  },
  {
    table: 'licenses',
    columns: ['id', 'provider_id', 'state', 'license_type', 'number', 'expires_on', 'verification', 'verified_at',
      'verification_source'],
    rows: (l) => l.licenses.map((c) => [c.id, l.id, c.state, c.type, c.number, c.expiresOn, c.verification,
      c.verifiedAt, c.source]),
  },
];

/**
 * Writes listings through PostgreSQL's bulk path (COPY), table by table, then publishes the approved ones to the
 * search read model, all in one transaction. `listings` is a factory so a large load is streamed, never held whole.
 */
export async function loadListings(client: ClientBase, listings: () => Iterable<ListingRecord>): Promise<{ published: number }> {
  await client.query('BEGIN');
  try {
    const ids: string[] = [];
    for (const spec of TABLES) {
      const onListing = spec === TABLES[0] ? (listing: ListingRecord) => ids.push(listing.id) : undefined;
      await copyTable(client, spec, listings(), onListing);
    }
    const published = await publish(client, ids);
    await client.query('COMMIT');
    return { published };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function copyTable(
  client: ClientBase,
  spec: TableSpec,
  listings: Iterable<ListingRecord>,
  onListing?: (listing: ListingRecord) => void,
): Promise<void> {
  const target = client.query(copyFrom(`COPY ${spec.table} (${spec.columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(linesOf(spec, listings, onListing)), target);
}

function* linesOf(spec: TableSpec, listings: Iterable<ListingRecord>, onListing?: (listing: ListingRecord) => void): Generator<string> {
  let batch = '';
  for (const listing of listings) {
    onListing?.(listing);
    for (const row of spec.rows(listing)) batch += copyLine(row);
    if (batch.length > 64 * 1024) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

// A large load rebuilds the read model in one pass; a small one refreshes just its listings.
async function publish(client: ClientBase, ids: string[]): Promise<number> {
  const large = ids.length > 5000;
  const result = large
    ? await client.query<{ published: number }>('SELECT rebuild_search_listings() AS published')
    : await client.query<{ published: number }>('SELECT refresh_search_listings($1::uuid[]) AS published', [ids]);
  return result.rows[0].published;
}
