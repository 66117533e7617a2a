import { Role } from '@app/auth';
import { AFFIRMING_CARE_ATTESTATION } from '@app/directory';
import { ListingRecord } from '@app/directory/testing';
import { insertListings } from '@test/support/fixtures';
import { TestDatabase } from '@test/support/test-database';
import { AccountRow, insertAccount } from './account.factory';
import { aListing } from './listing.factory';

export interface OwnedListing {
  listing: ListingRecord;
  owner: AccountRow;
}

/**
 * A listing's rows (an approved one unless `overrides` say otherwise), owned by a new provider account and, unless
 * told otherwise, with the current affirming-care statement affirmed: as the provider would have left it.
 */
export async function insertOwnedListing(
  database: TestDatabase,
  overrides: Partial<ListingRecord> = {},
  { attested = true }: { attested?: boolean } = {},
): Promise<OwnedListing> {
  const listing = aListing(overrides);
  await insertListings(database, [listing]);
  const owner = await insertOwner(database, listing.id);
  if (attested) await affirmAttestation(database, listing.id);
  return { listing, owner };
}

export interface RevisionRow {
  listing: ListingRecord;
  /** Who proposed the changes: the owner. */
  authorId: string;
  status: ListingRecord['status'];
  /** The vetted fields the provider wants changed. */
  changes?: Partial<ListingRecord>;
}

/** A revision of the listing waiting for review, as saving vetted changes leaves it; returns its id. */
export async function insertRevision(database: TestDatabase, revision: RevisionRow): Promise<string> {
  const proposed = { ...revision.listing, ...revision.changes };
  const payload = {
    npi: proposed.npi,
    firstName: proposed.firstName,
    lastName: proposed.lastName,
    chosenName: proposed.chosenName,
    chosenLastName: proposed.chosenLastName,
    credentials: proposed.credentials,
    specialties: proposed.specialties,
    careAttributes: proposed.attributes.map((a) => a.slug),
    licenses: proposed.licenses.map((l) => ({
      state: l.state,
      licenseType: l.type,
      number: l.number,
      expiresOn: l.expiresOn,
    })),
  };
  const [{ id }] = await database.query<{ id: string }>(
    `INSERT INTO listing_revisions (provider_id, status, payload, author_account_id)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    [revision.listing.id, revision.status, JSON.stringify(payload), revision.authorId],
  );
  return id;
}

/** Imported listings carry no attestation; an owner affirms it before approval. */
export async function affirmAttestation(database: TestDatabase, listingId: string): Promise<void> {
  await database.query('UPDATE providers SET attestation_version = $2, attested_at = now() WHERE id = $1', [
    listingId,
    AFFIRMING_CARE_ATTESTATION.version,
  ]);
}

/** A new provider account that owns the listing, as creating it or an approved claim leaves it. */
export async function insertOwner(database: TestDatabase, listingId: string): Promise<AccountRow> {
  const owner = await insertAccount(database, Role.PROVIDER);
  await assignOwner(database, listingId, owner.id);
  return owner;
}

export async function assignOwner(database: TestDatabase, listingId: string, accountId: string): Promise<void> {
  await database.query('UPDATE providers SET owner_account_id = $2 WHERE id = $1', [listingId, accountId]);
}

/** A claim as LISTING_CLAIM_DAYS leave it once they have passed undecided: still OPEN in its row, but lapsed. */
export async function lapseClaim(database: TestDatabase, claimId: string): Promise<void> {
  await database.query(
    `UPDATE listing_claims SET created_at = now() - interval '15 days', expires_at = now() - interval '1 day'
     WHERE id = $1`,
    [claimId],
  );
}
