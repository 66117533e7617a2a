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
