import { AppConfig, fieldCipherFor, SETTINGS_KEY } from '@app/config';
import { ConfigService } from '@nestjs/config';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { testSettings } from '@test/support/test-app';
import { TestDatabase } from '@test/support/test-database';
import { Mailer, OutgoingMail } from './mailer';
import { NotificationRenderers } from './notification-renderers';
import { Outbox } from './outbox';
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
  let database: TestDatabase;
  let client: Client;
  const dataSources: DataSource[] = [];
  let config: AppConfig;
  let recipientId: string;
  const renderers = new NotificationRenderers();
  renderers.register(['REFERRAL_UPDATED', 'ACCOUNT_PASSWORD_RESET'], {
    render: ({ secret }) => Promise.resolve({ to: 't@example.test', subject: 'News', text: `token ${secret}` }),
  });

  beforeAll(async () => {
    database = await TestDatabase.create();
    client = await database.client();
    config = new AppConfig(new ConfigService({ [SETTINGS_KEY]: testSettings(database.url) }));
    dataSources.push(await database.dataSource(), await database.dataSource());
    recipientId = (
      await client.query<{ id: string }>(
        `INSERT INTO accounts (email, password_hash, display_name, role, status) VALUES ('t@example.test', 'x', 'Dr T', 'THERAPIST', 'ACTIVE') RETURNING id`,
      )
    ).rows[0].id;
  });

  afterAll(async () => {
    await Promise.all(dataSources.map((d) => d.destroy()));
    await client?.end();
    await database?.drop();
  });

  const enqueue = async (count: number) => {
    await client.query('TRUNCATE notification_outbox');
    await client.query(
      `INSERT INTO notification_outbox (recipient_account_id, kind, subject_id)
       SELECT $1, 'REFERRAL_UPDATED', gen_random_uuid() FROM generate_series(1, $2)`,
      [recipientId, count],
    );
  };
  const dispatcher = (dataSource: DataSource, mailer: Mailer) =>
    new OutboxDispatcher(new OutboxRepository(dataSource), renderers, fieldCipherFor(config.appSecret), mailer, config);

  it('keeps a link’s secret only sealed, and only until its mail is sent', async () => {
    await client.query('TRUNCATE notification_outbox');
    const outbox = new Outbox(new OutboxRepository(dataSources[0]), fieldCipherFor(config.appSecret));
    const secret = 'a-link-secret-0123456789';
    await outbox.enqueue(dataSources[0].manager, {
      recipientAccountId: recipientId,
      kind: 'ACCOUNT_PASSWORD_RESET',
      secret,
    });
    const stored = await client.query<{ sealed_secret: string }>('SELECT sealed_secret FROM notification_outbox');
    expect(stored.rows[0].sealed_secret).not.toContain(secret);

    const mailer = new RecordingMailer();
    await dispatcher(dataSources[0], mailer).deliverDue();
    expect(mailer.sent.map((mail) => mail.text)).toEqual([`token ${secret}`]);
    const after = await client.query('SELECT sealed_secret FROM notification_outbox');
    expect(after.rows).toEqual([{ sealed_secret: null }]);
  });

  it('erases a link’s secret when its delivery is given up', async () => {
    await client.query('TRUNCATE notification_outbox');
    await client.query(
      `INSERT INTO notification_outbox (recipient_account_id, kind, sealed_secret, attempts) VALUES ($1, 'REFERRAL_UPDATED', 'sealed', $2)`,
      [recipientId, config.worker.maxAttempts - 1],
    );
    const mailer = new RecordingMailer();
    mailer.failuresLeft = 1;
    // The row's secret was not sealed by this cipher, so opening it fails like a refused send.
    await dispatcher(dataSources[0], mailer).deliverDue();
    const after = await client.query(
      'SELECT sealed_secret, abandoned_at IS NOT NULL AS abandoned FROM notification_outbox',
    );
    expect(after.rows).toEqual([{ sealed_secret: null, abandoned: true }]);
  });

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
