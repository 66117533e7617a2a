import { Role } from '@app/auth';
import { ListingAction, ListingStatus } from '@app/directory';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { aListingInput } from '../factories/listing-input.factory';
import { daysFromToday } from '../factories/listing.factory';
import { signedInAccount } from '../support/accounts';
import { Connection, graphql } from '../support/graphql';
import { ListingWorkflow, WorkflowListing } from '../support/listing-workflow';
import { startTestApp } from '../support/test-app';
import { TestDatabase } from '../support/test-database';

type AuditRow = {
  action: string;
  actorAccountId: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  checks: {
    npi: { checkDigitValid: boolean; unique: boolean };
    licenses: Array<{ verificationSource: string; active: boolean }>;
    attestation: { current: boolean };
    careAttributes: Array<{ slug: string; evidence: string }>;
    reverifyOn: string;
  } | null;
};

const HISTORY = `query ($id: ID!) { listingHistory(id: $id) { action actorAccountId fromStatus toStatus reason
  checks { npi { checkDigitValid unique } licenses { verificationSource active } attestation { current } careAttributes { slug evidence } reverifyOn } } }`;

describe('Vetting', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let workflow: ListingWorkflow;

  const isPublic = async (id: string) =>
    (await request(app.getHttpServer()).get(`/api/v1/providers/${id}`)).status === 200;
  const history = async (id: string) =>
    (await graphql<{ listingHistory: AuditRow[] }>(app, HISTORY, { id }, workflow.admin.token)).data!.listingHistory;

  beforeAll(async () => {
    database = await TestDatabase.create();
    app = await startTestApp(database);
    workflow = new ListingWorkflow(app, database, await signedInAccount(app, database, Role.ADMIN));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  describe('approval checks', () => {
    it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
      ['no verified license', {}, { licenseVerifications: [] }, 'licenseVerifications'],
      [
        'only an expired license',
        { licenses: [{ state: 'KS', licenseType: 'MD', number: 'OLD-1', expiresOn: daysFromToday(-1) }] },
        {},
        'licenseVerifications',
      ],
      ['no attestation', { attestation: null }, {}, 'attestation'],
      ['a missing baseline attribute', { careAttributes: ['lgbtq-affirming'] }, {}, 'careAttributes'],
    ])('refuses to approve with %s, changing nothing', async (_case, listingOverrides, approvalOverrides, field) => {
      const { listing } = await workflow.listingIn(ListingStatus.IN_REVIEW, listingOverrides);
      const response = await workflow.act(ListingAction.APPROVE, listing, approvalOverrides);
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'VETTING.CHECKS_FAILED',
      });
      expect(response.errors?.[0].extensions.details?.map((d) => d.field)).toContain(field);
      const after = await workflow.current(listing);
      expect(after).toMatchObject({ status: 'IN_REVIEW', version: listing.version });
      expect(after.licenses.every((l) => l.verification === 'UNVERIFIED')).toBe(true);
      expect(await isPublic(listing.id)).toBe(false);
    });

    it('refuses a verification of a license the listing does not have', async () => {
      const { listing } = await workflow.listingIn(ListingStatus.IN_REVIEW);
      const response = await workflow.act(ListingAction.APPROVE, listing, {
        licenseVerifications: [
          { state: 'NY', licenseType: 'MD', number: 'nope', source: 'NY board', verifiedOn: '2026-11-28' },
        ],
      });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [expect.objectContaining({ field: 'licenseVerifications' })],
      });
    });

    it('records who approved, what was checked, and the re-verification date (the earliest license expiry)', async () => {
      const expiry = daysFromToday(90);
      const { listing } = await workflow.listingIn(ListingStatus.IN_REVIEW, {
        licenses: [{ state: 'KS', licenseType: 'MD', number: 'SOON-1', expiresOn: expiry }],
      });
      const approved = await workflow.act(ListingAction.APPROVE, listing, {
        reason: 'All checks passed',
        careAttributeEvidence: [{ slug: 'trauma-informed', evidence: 'ADMIN_VERIFIED' }],
      });
      expect(approved.data?.approveListing).toMatchObject({ status: 'APPROVED', reverifyOn: expiry });
      const rows = await history(listing.id);
      expect(rows.map((r) => [r.action, r.fromStatus, r.toStatus])).toEqual([
        ['CREATE', null, 'DRAFT'],
        ['SUBMIT', 'DRAFT', 'SUBMITTED'],
        ['START_REVIEW', 'SUBMITTED', 'IN_REVIEW'],
        ['APPROVE', 'IN_REVIEW', 'APPROVED'],
      ]);
      const approval = rows[3];
      expect(approval).toMatchObject({ actorAccountId: workflow.admin.id, reason: 'All checks passed' });
      expect(approval.checks).toMatchObject({
        npi: { checkDigitValid: true, unique: true },
        licenses: [{ verificationSource: 'KS licensing board lookup', active: true }],
        attestation: { current: true },
        careAttributes: expect.arrayContaining([{ slug: 'trauma-informed', evidence: 'ADMIN_VERIFIED' }]),
        reverifyOn: expiry,
      });
    });

    it('keeps the audit trail append-only', async () => {
      const client = await database.client();
      try {
        await expect(client.query(`UPDATE listing_audit_events SET reason = 'rewritten'`)).rejects.toThrow(
          /append-only/,
        );
        await expect(client.query('DELETE FROM listing_audit_events')).rejects.toThrow(/append-only/);
      } finally {
        await client.end();
      }
    });
  });

  describe('two admins at once', () => {
    it.each<[ListingAction, ListingAction]>([
      [ListingAction.APPROVE, ListingAction.APPROVE],
      [ListingAction.APPROVE, ListingAction.REJECT],
    ])('%s and %s on one listing: one wins, the other gets CONFLICT', async (first, second) => {
      const { listing } = await workflow.listingIn(ListingStatus.IN_REVIEW);
      const other = await signedInAccount(app, database, Role.ADMIN);
      const results = await Promise.all([workflow.act(first, listing), workflow.act(second, listing, {}, other.token)]);
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].errors?.[0].extensions.code).toBe('CONFLICT');
      const decided = (await history(listing.id)).filter((r) => r.fromStatus === 'IN_REVIEW');
      expect(decided).toHaveLength(1);
    });

    it('refuses a decision made on a stale version', async () => {
      const { provider, listing } = await workflow.listingIn(ListingStatus.SUBMITTED);
      await workflow.provider(provider, 'withdrawMyListing');
      await workflow.provider(provider, 'submitMyListing');
      const response = await workflow.act(ListingAction.START_REVIEW, listing);
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        details: [{ field: 'status', reason: 'SUBMITTED' }],
      });
    });
  });

  describe('after approval', () => {
    it('takes a suspended listing off the directory at once and puts it back on reinstatement', async () => {
      const { listing } = await workflow.listingIn(ListingStatus.APPROVED);
      expect(await isPublic(listing.id)).toBe(true);
      const suspended = (await workflow.act(ListingAction.SUSPEND, listing)).data!.suspendListing;
      expect(await isPublic(listing.id)).toBe(false);
      await workflow.act(ListingAction.REINSTATE, suspended);
      expect(await isPublic(listing.id)).toBe(true);
    });

    it('needs a reason to suspend, reject or request changes', async () => {
      const { listing } = await workflow.listingIn(ListingStatus.APPROVED);
      const response = await workflow.act(ListingAction.SUSPEND, listing, { reason: null });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [expect.objectContaining({ field: 'reason' })],
      });
    });

    it('refuses vetted edits while a revision is under review, and drops a rejected revision', async () => {
      const { provider, listing, input } = await workflow.listingIn(ListingStatus.APPROVED);
      const save = (changes: Record<string, unknown>) =>
        graphql(
          app,
          'mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { id } }',
          { input: { ...input, ...changes } },
          provider.token,
        );
      await save({ firstName: 'Renamed' });
      await workflow.provider(provider, 'submitMyListing');
      const locked = await save({ firstName: 'Again' });
      expect(locked.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'DIRECTORY.REVISION_UNDER_REVIEW',
      });
      let current: WorkflowListing = await workflow.current(listing);
      current = (await workflow.act(ListingAction.START_REVIEW, current)).data!.startListingReview;
      current = (await workflow.act(ListingAction.REJECT, current)).data!.rejectListing;
      expect(current).toMatchObject({ status: 'APPROVED', reviewStatus: 'APPROVED', openRevision: null });
      expect(await isPublic(listing.id)).toBe(true);
    });

    it('refuses to approve changes to an NPI another listing took in the meantime', async () => {
      const { provider, listing, input } = await workflow.listingIn(ListingStatus.APPROVED);
      const { npi } = aListingInput();
      await graphql(
        app,
        'mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { id } }',
        { input: { ...input, npi } },
        provider.token,
      );
      await workflow.provider(provider, 'submitMyListing');
      await workflow.draft({ npi });
      const inReview = (await workflow.act(ListingAction.START_REVIEW, await workflow.current(listing))).data!;
      const approval = await workflow.act(ListingAction.APPROVE, inReview.startListingReview);
      expect(approval.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DATABASE.DUPLICATE' });
      expect(approval.errors?.[0].message).toBe('npi is already in use');
      expect(await workflow.current(listing)).toMatchObject({ npi: input.npi, reviewStatus: 'IN_REVIEW' });
    });

    it('closes pending changes when the listing is archived', async () => {
      const { provider, listing, input } = await workflow.listingIn(ListingStatus.APPROVED);
      await graphql(
        app,
        'mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { id } }',
        { input: { ...input, firstName: 'Pending' } },
        provider.token,
      );
      await workflow.provider(provider, 'submitMyListing');
      const archived = await workflow.act(ListingAction.ARCHIVE, await workflow.current(listing));
      expect(archived.data?.archiveListing).toMatchObject({
        status: 'ARCHIVED',
        reviewStatus: 'ARCHIVED',
        openRevision: null,
      });
      expect((await history(listing.id)).slice(-2).map((r) => [r.action, r.fromStatus, r.toStatus])).toEqual([
        ['ARCHIVE', 'APPROVED', 'ARCHIVED'],
        ['REJECT', 'SUBMITTED', 'REJECTED'],
      ]);
      expect(await isPublic(listing.id)).toBe(false);
    });

    it('lists listings due for re-verification and re-verifies them', async () => {
      const expiry = daysFromToday(20);
      const { listing } = await workflow.listingIn(ListingStatus.APPROVED, {
        licenses: [{ state: 'KS', licenseType: 'MD', number: 'DUE-1', expiresOn: expiry }],
      });
      const due = async (withinDays: number) =>
        (
          await graphql<{ listingsDueForReverification: { nodes: Array<{ id: string }> } }>(
            app,
            'query ($d: Int!) { listingsDueForReverification(withinDays: $d, first: 100) { nodes { id } } }',
            { d: withinDays },
            workflow.admin.token,
          )
        ).data!.listingsDueForReverification.nodes.map((n) => n.id);
      expect(await due(0)).not.toContain(listing.id);
      expect(await due(30)).toContain(listing.id);
      const reverified = await workflow.act(ListingAction.REVERIFY, listing);
      expect(reverified.data?.reverifyListing).toMatchObject({ status: 'APPROVED', reverifyOn: expiry });
    });
  });

  describe('the review queue', () => {
    it('lists submitted listings oldest first, page by page', async () => {
      const a = await workflow.listingIn(ListingStatus.SUBMITTED);
      const b = await workflow.listingIn(ListingStatus.SUBMITTED);
      const page = (after?: string) =>
        graphql<{ listingsForReview: Connection<{ id: string }> }>(
          app,
          'query ($after: String) { listingsForReview(status: SUBMITTED, first: 1, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
          { after },
          workflow.admin.token,
        );
      const seen: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const { nodes, pageInfo } = (await page(cursor)).data!.listingsForReview;
        seen.push(...nodes.map((n) => n.id));
        if (!pageInfo.hasNextPage) break;
        cursor = pageInfo.endCursor!;
      }
      expect(seen.indexOf(a.listing.id)).toBeGreaterThanOrEqual(0);
      expect(seen.indexOf(a.listing.id)).toBeLessThan(seen.indexOf(b.listing.id));
    });

    it('says NOT_FOUND for a listing that does not exist', async () => {
      const response = await graphql(
        app,
        'query ($id: ID!) { listing(id: $id) { id } }',
        { id: '00000000-0000-4000-8000-000000000000' },
        workflow.admin.token,
      );
      expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });
});
