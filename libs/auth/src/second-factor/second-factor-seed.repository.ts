import { ClientBase } from 'pg';

export interface SealedTotpSecret {
  accountId: string;
  sealedSecret: string;
}

/** A secret confirmed from the start (demo data), unless the account already has one. */
export async function insertConfirmedTotpSecretIfNone(
  client: ClientBase,
  accountId: string,
  sealedSecret: string,
): Promise<void> {
  await client.query(
    `INSERT INTO account_totp_secrets (account_id, sealed_secret, confirmed_at) VALUES ($1, $2, now())
     ON CONFLICT (account_id) DO NOTHING`,
    [accountId, sealedSecret],
  );
}

/** The (lower-case) email's account's sealed secret, if it has one. */
export async function sealedTotpSecretOf(client: ClientBase, email: string): Promise<SealedTotpSecret | null> {
  const { rows } = await client.query<SealedTotpSecret>(
    `SELECT s.account_id AS "accountId", s.sealed_secret AS "sealedSecret"
     FROM account_totp_secrets s JOIN accounts a ON a.id = s.account_id WHERE a.email = $1`,
    [email],
  );
  return rows[0] ?? null;
}
