import { accountContactsOn } from '@app/auth/testing';
import { AppConfig, SETTINGS_KEY } from '@app/config';
import { ConfigService } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { aListing } from '@test/factories/listing.factory';
import { insertListings } from '@test/support/fixtures';
import { testSettings } from '@test/support/test-app';
import { TestDatabase } from '@test/support/test-database';
import { Mailer, OutgoingMail } from './mailer';
import { OutboxDispatcher } from './outbox-dispatcher';
import { OutboxRepository } from './outbox.repository';

class RecordingMailer extends Mailer {
  readonly sent: OutgoingMail[] = [];
  failuresLeft = 0;

  async send(mail: OutgoingMail): Promise<void> {
    // Yield so two dispatchers genuinely interleave.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error('421 try again later');
    }
    this.sent.push(mail);
  }
}

describe('the notification outbox', () => {
  const listing = aListing();
  let database: TestDatabase;
  let client: Client;
  const dataSources: DataSource[] = [];
  let config: AppConfig;
  let recipientId: string;
  let referralId: string;

  beforeAll(async () => {
    database = await TestDatabase.create();
    await insertListings(database, [listing]);
    client = await database.client();
    config = new AppConfig(new ConfigService({ [SETTINGS_KEY]: testSettings(database.url) }));
    dataSources.push(await database.dataSource(), await database.dataSource());
    recipientId = (
      await client.query<{ id: string }>(
        `INSERT INTO accounts (email, password_hash, display_name, role, status) VALUES ('t@example.test', 'x', 'Dr T', 'THERAPIST', 'ACTIVE') RETURNING id`,
      )
    ).rows[0].id;
    referralId = randomUUID();
    await client.query(
      `INSERT INTO referrals (id, therapist_account_id, provider_id, idempotency_key, request_fingerprint, reason, urgency, client_state,
         modality, preferred_contact, consent_method, consent_given_at, client_details_sealed, expires_at)
       VALUES ($1, $2, $3, 'key-outbox-test', 'f', 'other', 'ROUTINE', 'KS', 'EITHER', 'EMAIL', 'VERBAL', now(), 'sealed', now() + interval '5 days')`,
      [referralId, recipientId, listing.id],
    );
  });

  afterAll(async () => {
    await Promise.all(dataSources.map((d) => d.destroy()));
    await client?.end();
    await database?.drop();
  });

  const enqueue = async (count: number) => {
    await client.query('TRUNCATE notification_outbox');
    await client.query(
      `INSERT INTO notification_outbox (recipient_account_id, kind, referral_id) SELECT $1, 'REFERRAL_UPDATED', $2 FROM generate_series(1, $3)`,
      [recipientId, referralId, count],
    );
  };
  const dispatcher = (dataSource: DataSource, mailer: Mailer) =>
    new OutboxDispatcher(new OutboxRepository(dataSource), accountContactsOn(dataSource), mailer, config);

  it('delivers each notification exactly once with two workers draining it at the same time', async () => {
    await enqueue(50);
    const mailer = new RecordingMailer();
    const workers = dataSources.map((dataSource) => dispatcher(dataSource, mailer));
    const drain = async (worker: OutboxDispatcher) => {
      while ((await worker.deliverDue()).delivered > 0);
    };
    await Promise.all(workers.map(drain));

    const ids = mailer.sent.map((mail) => mail.notificationId);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    const { rows } = await client.query(
      'SELECT count(*)::int AS n FROM notification_outbox WHERE delivered_at IS NULL',
    );
    expect(rows[0].n).toBe(0);
  });

  it('retries a failed delivery later with back-off, then gives up after the configured attempts', async () => {
    await enqueue(1);
    const mailer = new RecordingMailer();
    mailer.failuresLeft = 100;
    const worker = dispatcher(dataSources[0], mailer);

    expect(await worker.deliverDue()).toEqual({ delivered: 0, failed: 1 });
    const after = await client.query(
      `SELECT attempts, last_error, next_attempt_at > now() + interval '25 seconds' AS backed_off FROM notification_outbox`,
    );
    expect(after.rows[0]).toEqual({ attempts: 1, last_error: '421 try again later', backed_off: true });
    // Not due yet: nothing happens.
    expect(await worker.deliverDue()).toEqual({ delivered: 0, failed: 0 });

    for (let attempt = 2; attempt <= config.worker.maxAttempts; attempt++) {
      await client.query('UPDATE notification_outbox SET next_attempt_at = now()');
      await worker.deliverDue();
    }
    const abandoned = await client.query(
      'SELECT attempts, abandoned_at IS NOT NULL AS abandoned FROM notification_outbox',
    );
    expect(abandoned.rows[0]).toEqual({ attempts: config.worker.maxAttempts, abandoned: true });
  });

  it('tells how long the longest-waiting due notification has waited, whatever is delivered, given up or not due', async () => {
    await enqueue(4);
    const repository = new OutboxRepository(dataSources[0]);
    expect(await repository.longestDueWaitSeconds()).toBeLessThan(60);
    await client.query(
      `UPDATE notification_outbox SET next_attempt_at = now() - make_interval(mins => m), delivered_at = d, abandoned_at = a
       FROM (VALUES (1, 20, now(), NULL::timestamptz), (2, 30, NULL, now()), (3, -5, NULL, NULL), (4, 7, NULL, NULL))
         AS v(n, m, d, a)
       WHERE id = (SELECT min(id) FROM notification_outbox) + v.n - 1`,
    );
    expect(Math.round(await repository.longestDueWaitSeconds())).toBe(7 * 60);
    await client.query('UPDATE notification_outbox SET delivered_at = now()');
    expect(await repository.longestDueWaitSeconds()).toBe(0);
  });

  it('sends once the mail server is back', async () => {
    await enqueue(1);
    const mailer = new RecordingMailer();
    mailer.failuresLeft = 1;
    const worker = dispatcher(dataSources[0], mailer);
    await worker.deliverDue();
    await client.query('UPDATE notification_outbox SET next_attempt_at = now()');
    expect(await worker.deliverDue()).toEqual({ delivered: 1, failed: 0 });
    expect(mailer.sent).toHaveLength(1);
  });
});
