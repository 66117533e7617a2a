import { Role } from '@app/auth';
import { ListingAction, ListingStatus } from '@app/directory';
import request from 'supertest';
import { daysFromToday } from '@test/factories/listing.factory';
import { Connection, graphql } from '@test/support/graphql';
import { ListingWorkflow } from '@test/support/listing-workflow';
import { useTestApp } from '@test/support/use-test-app';

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

// The admin's side over GraphQL: what a refused approval answers, the audit trail, and the work lists. The vetting
// rules themselves are the service spec's (libs/vetting/src/listing-vetting.service-spec.ts).
describe('Vetting over GraphQL', () => {
  const testApp = useTestApp({ signedIn: [Role.ADMIN] });
  const { app } = testApp;
  const workflow = new ListingWorkflow(testApp);

  const isPublic = async (id: string) =>
    (await request(app().getHttpServer()).get(`/api/v1/providers/${id}`)).status === 200;
  const history = async (id: string) =>
    (await graphql<{ listingHistory: AuditRow[] }>(app(), HISTORY, { id }, workflow.admin.token)).data!.listingHistory;

  it('refuses an approval that fails a check with BAD_USER_INPUT naming the field, changing nothing', async () => {
    const { listing } = await workflow.listingIn(ListingStatus.IN_REVIEW, { careAttributes: ['lgbtq-affirming'] });
    const response = await workflow.act(ListingAction.APPROVE, listing);
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VETTING.CHECKS_FAILED',
      details: [expect.objectContaining({ field: 'careAttributes' })],
    });
    const after = await workflow.current(listing);
    expect(after).toMatchObject({ status: 'IN_REVIEW', version: listing.version });
    expect(after.licenses.every((l) => l.verification === 'UNVERIFIED')).toBe(true);
    expect(await isPublic(listing.id)).toBe(false);
  });

  it('shows each step of a listing in its history, with who approved it and what they checked', async () => {
    const { listing } = await workflow.listingIn(ListingStatus.IN_REVIEW);
    await workflow.act(ListingAction.APPROVE, listing, { reason: 'All checks passed' });
    const rows = await history(listing.id);
    expect(rows.map((r) => [r.action, r.fromStatus, r.toStatus])).toEqual([
      ['CREATE', null, 'DRAFT'],
      ['SUBMIT', 'DRAFT', 'SUBMITTED'],
      ['START_REVIEW', 'SUBMITTED', 'IN_REVIEW'],
      ['APPROVE', 'IN_REVIEW', 'APPROVED'],
    ]);
    expect(rows[3]).toMatchObject({ actorAccountId: workflow.admin.id, reason: 'All checks passed' });
    expect(rows[3].checks).toMatchObject({
      npi: { checkDigitValid: true, unique: true },
      licenses: [{ verificationSource: 'KS licensing board lookup', active: true }],
      attestation: { current: true },
      reverifyOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('lists listings due for re-verification', async () => {
    const { listing } = await workflow.listingIn(ListingStatus.APPROVED, {
      licenses: [{ state: 'KS', licenseType: 'MD', number: 'DUE-1', expiresOn: daysFromToday(20) }],
    });
    const due = await graphql<{ listingsDueForReverification: { nodes: Array<{ id: string }> } }>(
      app(),
      'query { listingsDueForReverification(withinDays: 30, first: 100) { nodes { id } } }',
      {},
      workflow.admin.token,
    );
    expect(due.data?.listingsDueForReverification.nodes.map((n) => n.id)).toContain(listing.id);
  });

  describe('the review queue', () => {
    it('lists submitted listings oldest first, page by page', async () => {
      const a = await workflow.listingIn(ListingStatus.SUBMITTED);
      const b = await workflow.listingIn(ListingStatus.SUBMITTED);
      const page = (after?: string) =>
        graphql<{ listingsForReview: Connection<{ id: string }> }>(
          app(),
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
        app(),
        'query ($id: ID!) { listing(id: $id) { id } }',
        { id: '00000000-0000-4000-8000-000000000000' },
        workflow.admin.token,
      );
      expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });
});
