import { Role } from '@app/auth';
import { BackgroundWorker } from '@app/referrals';
import fs from 'node:fs';
import { aListing } from '@test/factories/listing.factory';
import { aReferralInput, CLIENT, OUTCOME_NOTE } from '@test/factories/referral.factory';
import { signedInAccount } from '@test/support/accounts';
import { act, createReferral, listingOwner, openReferral, sql } from '@test/support/referrals';
import { useTestApp } from '@test/support/use-test-app';

describe('Referral privacy: logs and the audit trail', () => {
  const listing = aListing();
  const written: string[] = [];

  // Before the app starts, so that nothing it writes is missed.
  beforeAll(() => {
    // pino writes synchronously to stdout's file descriptor; everything the app logs passes through here.
    const writeSync = fs.writeSync.bind(fs);
    jest.spyOn(fs, 'writeSync').mockImplementation((fd: number, data: unknown, ...rest: unknown[]) => {
      if (fd === 1 || fd === 2) {
        written.push(String(data));
        return typeof data === 'string' ? Buffer.byteLength(data) : (data as Buffer).length;
      }
      return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
    });
    jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
  });
  const { app, database } = useTestApp({ listings: [listing], environment: { LOG_LEVEL: 'trace' }, dataDir: true });
  afterAll(() => jest.restoreAllMocks());

  it('never logs client details, through a whole referral including failures', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const provider = await listingOwner(app(), database(), listing.id);
    const input = aReferralInput(listing.id);
    const { id } = (await createReferral(app(), therapist.token, input)).data!.createReferral;
    // Failures on the way: a replay with different input, an illegal change, a refused state.
    await createReferral(app(), therapist.token, { ...input, urgency: 'URGENT' });
    await act(app(), provider.token, 'completeReferral', id);
    await createReferral(app(), therapist.token, aReferralInput(listing.id, { clientState: 'TX' }));
    // GraphQL's own refusal of a variable quotes the whole value back to the caller: it must not reach the log.
    await createReferral(app(), therapist.token, { ...input, consent: undefined });
    await act(app(), provider.token, 'acceptReferral', id);
    await openReferral(app(), provider.token, id);
    await act(app(), provider.token, 'scheduleReferral', id);
    await act(app(), provider.token, 'completeReferral', id);
    await act(app(), therapist.token, 'recordReferralOutcome', id, {
      outcome: { type: 'ReferralOutcome!', value: 'SEEN_NOT_AFFIRMING' },
      note: { type: 'String', value: OUTCOME_NOTE },
    });
    await app().get(BackgroundWorker).runOnce();

    const log = written.join('');
    expect(log).toContain('/graphql');
    for (const secret of [CLIENT.name, CLIENT.email, CLIENT.phone, CLIENT.note, OUTCOME_NOTE]) {
      expect(log).not.toContain(secret);
    }
  });

  it.each(['referral_events', 'referral_audit_events'])('keeps %s append-only', async (table) => {
    await expect(sql(database(), `UPDATE ${table} SET created_at = now()`)).rejects.toThrow(/append-only/);
    await expect(sql(database(), `DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
    const rows = await sql(database(), `SELECT count(*)::int AS n FROM ${table}`);
    expect(rows[0].n).toBeGreaterThan(0);
  });
});
