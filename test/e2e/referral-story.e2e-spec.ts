import { Role } from '@app/auth';
import { BackgroundWorker } from '@app/referrals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aListing } from '@test/factories/listing.factory';
import { aReferralInput, CLIENT, OUTCOME_NOTE } from '@test/factories/referral.factory';
import { TestAccount } from '@test/support/accounts';
import { graphql } from '@test/support/graphql';
import {
  act,
  createReferral,
  listingOwner,
  openReferral,
  REFERRAL_FIELDS,
  ReferralShape,
  sql,
} from '@test/support/referrals';
import { decodeQuotedPrintable } from '@test/support/mailbox';
import { useTestApp } from '@test/support/use-test-app';

describe('Done when: a therapist refers a client and both sides follow it to the listing', () => {
  const listing = aListing();
  const { app, database, account, dataDir } = useTestApp({
    listings: [listing],
    environment: { PUBLIC_URL: 'https://directory.example' },
    dataDir: true,
    signedIn: [Role.THERAPIST, Role.ADMIN],
  });
  const therapist = () => account(Role.THERAPIST);
  const admin = () => account(Role.ADMIN);
  let provider: TestAccount;

  beforeAll(async () => {
    provider = await listingOwner(app(), database(), listing.id);
  });

  it('releases client details only after acceptance, records every step and feeds the outcome back', async () => {
    // The therapist sends the referral.
    const sent = await createReferral(app(), therapist().token, aReferralInput(listing.id));
    expect(sent.errors).toBeUndefined();
    const referral = sent.data!.createReferral;
    expect(referral).toMatchObject({
      status: 'SENT',
      reason: 'postcoital-bleeding',
      warnings: [],
      listing: { id: listing.id },
    });

    // The provider sees it in their list and opens it: VIEWED, still without client details.
    const received = await graphql<{ receivedReferrals: { nodes: ReferralShape[] } }>(
      app(),
      `{ receivedReferrals { nodes { ${REFERRAL_FIELDS} } } }`,
      {},
      provider.token,
    );
    expect(received.data?.receivedReferrals.nodes.map((r) => r.id)).toEqual([referral.id]);
    const before = (await openReferral(app(), provider.token, referral.id)).data!.referral;
    expect(before).toMatchObject({
      status: 'VIEWED',
      client: null,
      consent: null,
      accommodations: ['patient-paced-exam'],
      clientState: 'KS',
    });
    expect(before.therapist.email).toBe(therapist().email);

    // Accepts, then sees who the client is.
    expect((await act(app(), provider.token, 'acceptReferral', referral.id)).data?.acceptReferral.status).toBe(
      'ACCEPTED',
    );
    const after = (await openReferral(app(), provider.token, referral.id)).data!.referral;
    expect(after.client).toEqual({
      name: CLIENT.name,
      email: CLIENT.email,
      phone: CLIENT.phone,
      preferredContact: 'EMAIL',
      note: CLIENT.note,
    });

    // Schedules and completes the visit.
    const scheduled = await act(app(), provider.token, 'scheduleReferral', referral.id, {
      date: { type: 'String', value: '2026-12-03' },
    });
    expect(scheduled.data?.scheduleReferral).toMatchObject({ status: 'SCHEDULED', scheduledFor: '2026-12-03' });
    expect((await act(app(), provider.token, 'completeReferral', referral.id)).data?.completeReferral.status).toBe(
      'COMPLETED',
    );

    // The therapist follows along: every change is an event, and records how it went.
    const followed = (await openReferral(app(), therapist().token, referral.id)).data!.referral;
    expect(followed.events.map((e) => [e.fromStatus, e.toStatus, e.by])).toEqual([
      [null, 'SENT', 'THERAPIST'],
      ['SENT', 'VIEWED', 'PROVIDER'],
      ['VIEWED', 'ACCEPTED', 'PROVIDER'],
      ['ACCEPTED', 'SCHEDULED', 'PROVIDER'],
      ['SCHEDULED', 'COMPLETED', 'PROVIDER'],
    ]);
    const outcome = await act(app(), therapist().token, 'recordReferralOutcome', referral.id, {
      outcome: { type: 'ReferralOutcome!', value: 'SEEN_AFFIRMING' },
      note: { type: 'String', value: OUTCOME_NOTE },
    });
    expect(outcome.data?.recordReferralOutcome.outcome).toBe('SEEN_AFFIRMING');
    // The provider never sees the therapist's report.
    expect((await openReferral(app(), provider.token, referral.id)).data?.referral.outcome).toBeNull();

    // The outcome reaches the public listing.
    const publicListing = await graphql<{ provider: { careAttributes: Array<{ slug: string; evidence: string }> } }>(
      app(),
      'query ($id: ID!) { provider(id: $id) { careAttributes { slug evidence } } }',
      { id: listing.id },
    );
    expect(publicListing.data?.provider.careAttributes).toEqual(
      expect.arrayContaining([
        { slug: 'lgbtq-affirming', evidence: 'REFERRAL_CONFIRMED' },
        { slug: 'trauma-informed', evidence: 'REFERRAL_CONFIRMED' },
      ]),
    );

    // Admins see figures, the audit and the note, but not the referral itself.
    const figures = await graphql<{ referralStatistics: { nodes: Array<Record<string, unknown>> } }>(
      app(),
      '{ referralStatistics { nodes { listing { id } sent accepted declined { key count } outcomes { key count } medianHoursToFirstResponse } } }',
      {},
      admin().token,
    );
    expect(figures.data?.referralStatistics.nodes).toEqual([
      {
        listing: { id: listing.id },
        sent: 1,
        accepted: 1,
        declined: [],
        outcomes: [{ key: 'SEEN_AFFIRMING', count: 1 }],
        medianHoursToFirstResponse: expect.any(Number),
      },
    ]);
    const audit = await graphql<{ referralAudit: Array<{ action: string; actorRole: string | null }> }>(
      app(),
      'query ($id: ID!) { referralAudit(id: $id) { action actorRole } }',
      { id: referral.id },
      admin().token,
    );
    expect(audit.data?.referralAudit.filter((e) => e.action === 'READ_CLIENT_DETAILS').map((e) => e.actorRole)).toEqual(
      ['PROVIDER', 'THERAPIST', 'PROVIDER'],
    );
    expect((await openReferral(app(), admin().token, referral.id)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const notes = await graphql<{ referralOutcomeNotes: Array<{ note: string }> }>(
      app(),
      'query ($id: ID!) { referralOutcomeNotes(providerId: $id) { outcome note } }',
      { id: listing.id },
      admin().token,
    );
    expect(notes.data?.referralOutcomeNotes).toEqual([{ outcome: 'SEEN_AFFIRMING', note: OUTCOME_NOTE }]);
  });

  it('keeps client details out of the stored row', async () => {
    const rows = await sql(database(), 'SELECT r::text AS row FROM referrals r');
    expect(rows).toHaveLength(1);
    for (const secret of [CLIENT.name, CLIENT.email, CLIENT.phone, CLIENT.note, OUTCOME_NOTE]) {
      expect(String(rows[0].row)).not.toContain(secret);
    }
    expect(String(rows[0].row)).toMatch(/v1\.app-secret\./);
  });

  it('tells each side by email without any health information', async () => {
    const pass = await app().get(BackgroundWorker).runOnce();
    expect(pass).toMatchObject({ expired: 0, delivered: 5, failed: 0 });
    const folder = join(dataDir(), 'mail');
    const mails = readdirSync(folder).map((file) => decodeQuotedPrintable(readFileSync(join(folder, file), 'utf8')));
    expect(mails.filter((mail) => mail.includes(`To: ${provider.email}`))).toHaveLength(1);
    expect(mails.filter((mail) => mail.includes(`To: ${therapist().email}`))).toHaveLength(4);
    for (const mail of mails) {
      expect(mail).toMatch(/https:\/\/directory\.example\/referrals\/[0-9a-f-]{36}/);
      for (const secret of [
        CLIENT.name,
        CLIENT.email,
        CLIENT.phone,
        CLIENT.note,
        OUTCOME_NOTE,
        'postcoital',
        'bleeding',
        'patient-paced',
      ]) {
        expect(mail).not.toContain(secret);
      }
    }
  });
});
