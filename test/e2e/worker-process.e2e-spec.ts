import { Role } from '@app/auth';
import { validateEnvironment } from '@app/config';
import { INestApplicationContext } from '@nestjs/common';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startWorker, workerRuntime } from '../../apps/worker/src/worker-process';
import { aListing } from '@test/factories/listing.factory';
import { aReferralInput, CLIENT } from '@test/factories/referral.factory';
import { createReferral, listingOwner, sql } from '@test/support/referrals';
import { TEST_APP_SECRET } from '@test/support/test-app';
import { useTestApp } from '@test/support/use-test-app';
import { waitFor } from '@test/support/wait-for';

const POLL_MS = 50;

describe('The worker process (`npm run worker`) beside an API that runs no worker of its own', () => {
  const listing = aListing();
  let worker: INestApplicationContext | undefined;
  // Registered first so that it runs first: the worker lets go of the database before the database is dropped.
  afterAll(() => worker?.close());
  const {
    app: api,
    database,
    account,
    dataDir: mailFolder,
  } = useTestApp({
    listings: [listing],
    environment: { WORKER_IN_API: 'false' },
    dataDir: true,
    signedIn: [Role.THERAPIST],
  });
  const therapist = () => account(Role.THERAPIST);

  beforeAll(() => listingOwner(api(), database(), listing.id));

  it('expires an overdue referral, mails both parties without client details, and stops when closed', async () => {
    const sent = await createReferral(api(), therapist().token, aReferralInput(listing.id));
    const referralId = sent.data!.createReferral.id;
    await sql(database(), `UPDATE referrals SET expires_at = now() - interval '1 minute' WHERE id = $1`, [referralId]);
    const undelivered = () =>
      sql(database(), 'SELECT id FROM notification_outbox WHERE subject_id = $1 AND delivered_at IS NULL', [
        referralId,
      ]);
    expect((await undelivered()).length).toBeGreaterThan(0);

    const environment = validateEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database().url,
      APP_SECRET: TEST_APP_SECRET,
      DATA_DIR: mailFolder(),
      WORKER_POLL_MS: String(POLL_MS),
    });
    const { settings } = await workerRuntime(environment);
    worker = await startWorker(settings);
    await waitFor(async () => {
      const [referral] = await sql(database(), 'SELECT status FROM referrals WHERE id = $1', [referralId]);
      return referral.status === 'EXPIRED' && (await undelivered()).length === 0;
    });

    const mails = await readMails(join(mailFolder(), 'mail'));
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) for (const detail of Object.values(CLIENT)) expect(mail).not.toContain(detail);

    await worker.close();
    worker = undefined;
    const again = await createReferral(api(), therapist().token, aReferralInput(listing.id));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 6));
    expect(await undelivered()).toEqual([]);
    const [stillQueued] = await sql(
      database(),
      'SELECT count(*)::int AS n FROM notification_outbox WHERE subject_id = $1 AND delivered_at IS NULL',
      [again.data!.createReferral.id],
    );
    expect(stillQueued.n).toBeGreaterThan(0);
  }, 20_000);
});

async function readMails(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.eml'));
  return Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
}
