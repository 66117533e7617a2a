import { FieldCipher } from '@app/config';
import { ClientBase } from 'pg';
import { accountIdsByEmail } from '../account-seed.repository';
import { insertConfirmedTotpSecretIfNone, sealedTotpSecretOf } from './second-factor-seed.repository';
import { newTotpEnrollment, totpCode, TotpEnrollment, totpEnrollment, totpSecretContext } from './totp';

/** A second factor read back in clear: only ever for demo data, whose secrets are printed anyway. */
export interface DemoSecondFactor extends TotpEnrollment {
  /** The code an authenticator app shows now. */
  currentCode: string;
}

/**
 * Gives the existing account a confirmed TOTP secret unless it has one, before the app starts (the embedded demo's
 * admin), and returns it: the secret is made once and kept with the demo data, so an app set up once keeps working.
 */
export async function seedConfirmedSecondFactor(
  client: ClientBase,
  email: string,
  cipher: FieldCipher,
): Promise<DemoSecondFactor> {
  const accountId = (await accountIdsByEmail(client, [email])).get(email);
  if (!accountId) throw new Error(`No account has the email ${email}`);
  const sealed = cipher.seal(newTotpEnrollment(email).secret, totpSecretContext(accountId));
  await insertConfirmedTotpSecretIfNone(client, accountId, sealed);
  return (await demoSecondFactor(client, email, cipher)) as DemoSecondFactor;
}

/** The account's TOTP secret, opened, and its current code; null when the account has none. */
export async function demoSecondFactor(
  client: ClientBase,
  email: string,
  cipher: FieldCipher,
): Promise<DemoSecondFactor | null> {
  const sealed = await sealedTotpSecretOf(client, email);
  if (!sealed) return null;
  const secret = cipher.open(sealed.sealedSecret, totpSecretContext(sealed.accountId));
  return { ...totpEnrollment(secret, email), currentCode: totpCode(secret) };
}
