import { ClientBase } from 'pg';

export async function directoryIsEmpty(client: ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM providers) AS empty');
  return rows[0].empty;
}

/** Gives the account the first unowned approved listing (by NPI), attested, unless it owns one already. */
export async function giveUnownedListingTo(
  client: ClientBase,
  accountId: string,
  attestationVersion: string,
): Promise<void> {
  await client.query(
    `UPDATE providers SET owner_account_id = $1, attestation_version = $2, attested_at = now()
     WHERE NOT EXISTS (SELECT 1 FROM providers owned WHERE owned.owner_account_id = $1)
       AND providers.id = (SELECT id FROM providers WHERE owner_account_id IS NULL AND status = 'APPROVED' ORDER BY npi LIMIT 1)`,
    [accountId, attestationVersion],
  );
}

/** How many submitted listings the demo's review queue holds, each waiting a little longer than the one before. */
export const DEMO_SUBMITTED_COUNT = 3;

/**
 * Leaves the demo's review queue small enough to clear by hand: the first few submitted listings (by NPI) attested,
 * their licenses current and waiting to be verified; the other submitted listings back to drafts.
 */
export async function prepareDemoReviewQueue(client: ClientBase, attestationVersion: string): Promise<void> {
  await client.query(
    `WITH queued AS (
       SELECT id, row_number() OVER (ORDER BY npi) AS place FROM providers WHERE status = 'SUBMITTED'
     ), ready AS (
       UPDATE providers p
       SET attestation_version = $1, attested_at = now() - make_interval(days => q.place::int * 2 + 1),
           status_changed_at = now() - make_interval(days => q.place::int * 2)
       FROM queued q WHERE p.id = q.id AND q.place <= $2
       RETURNING p.id
     ), drafts AS (
       UPDATE providers p SET status = 'DRAFT' FROM queued q WHERE p.id = q.id AND q.place > $2
     )
     UPDATE licenses l
     SET verification = 'UNVERIFIED', verified_at = NULL, verification_source = NULL,
         expires_on = greatest(l.expires_on, current_date + 365)
     FROM ready WHERE l.provider_id = ready.id`,
    [attestationVersion, DEMO_SUBMITTED_COUNT],
  );
}
