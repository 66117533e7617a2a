import { Role } from '@app/auth';
import { NO_WORKER_AFTER_MINUTES } from '@app/notifications';
import { BackgroundWorker } from '@app/referrals';
import request from 'supertest';
import { aListing } from '@test/factories/listing.factory';
import { aReferralInput } from '@test/factories/referral.factory';
import { signedInAccount } from '@test/support/accounts';
import { createReferral, listingOwner, sql } from '@test/support/referrals';
import { useTestApp } from '@test/support/use-test-app';

describe('Readiness when no worker delivers notifications', () => {
  const listing = aListing();
  const context = useTestApp({ listings: [listing], environment: { WORKER_IN_API: 'false' }, dataDir: true });
  const ready = async () => (await request(context.app().getHttpServer()).get('/health/ready').expect(200)).body;

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

    expect((await app.get(BackgroundWorker).runOnce()).delivered).toBeGreaterThan(0);
    expect(await ready()).toMatchObject({ status: 'ok', info: { notifications: { status: 'up' } } });
  });
});
