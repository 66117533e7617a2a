import { Role } from '@app/auth';
import { NO_WORKER_AFTER_MINUTES, ReferralWorker } from '@app/referrals';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { aListing } from '../factories/listing.factory';
import { aReferralInput } from '../factories/referral.factory';
import { signedInAccount } from '../support/accounts';
import { createReferral, listingOwner, sql } from '../support/referrals';
import { useTestApp } from '../support/use-test-app';

describe('Readiness when no worker delivers notifications', () => {
  const listing = aListing();
  const mailFolder = join(tmpdir(), `acd-delivery-health-${randomUUID()}`);
  const context = useTestApp([listing], { WORKER_IN_API: 'false', DATA_DIR: mailFolder });
  const ready = async () => (await request(context.app().getHttpServer()).get('/health/ready').expect(200)).body;

  afterAll(() => rm(mailFolder, { recursive: true, force: true }));

  it('stays ready, and says plainly that no worker delivers once a due notification has waited too long', async () => {
    const [app, database] = [context.app(), context.database()];
    const therapist = await signedInAccount(app, database, Role.THERAPIST);
    await listingOwner(app, database, listing.id);
    expect((await createReferral(app, therapist.token, aReferralInput(listing.id))).errors).toBeUndefined();
    expect(await ready()).toMatchObject({ status: 'ok', info: { notifications: { status: 'up' } } });

    const waited = NO_WORKER_AFTER_MINUTES + 1;
    await sql(database, `UPDATE notification_outbox SET next_attempt_at = now() - make_interval(mins => $1)`, [waited]);
    expect(await ready()).toMatchObject({
      status: 'degraded',
      info: {
        database: { status: 'up' },
        notifications: {
          status: 'degraded',
          waitingMinutes: waited,
          message: expect.stringMatching(/no worker is delivering mail[\s\S]*`npm run worker`/),
        },
      },
    });

    expect((await app.get(ReferralWorker).runOnce()).delivered).toBeGreaterThan(0);
    expect(await ready()).toMatchObject({ status: 'ok', info: { notifications: { status: 'up' } } });
  });
});
