import { Role } from '@app/auth';
import { EvidenceLevel, ListingAction, ListingStatus, toManagedListing, VocabularyService } from '@app/directory';
import { ListingRecord, TRANSITIONS } from '@app/directory/testing';
import { ErrorCategory, UsState } from '@app/shared';
import { AccountRow, insertAccount } from '@test/factories/account.factory';
import { insertOwnedListing, insertRevision } from '@test/factories/listing-rows.factory';
import { aListing, daysFromToday, license } from '@test/factories/listing.factory';
import { aRegistryRow, insertRegistryRows } from '@test/factories/registry.factory';
import { insertListings } from '@test/support/fixtures';
import { isPublished } from '@test/support/read-model';
import { useTestServices } from '@test/support/use-test-services';
import { ApproveListingInput } from './dto/approve-listing.input';
import { ListingApprovalService } from './listing-approval.service';
import { DecisionAction, ListingDecisionService } from './listing-decision.service';
import { ReviewQueueService } from './review-queue.service';
import { VettingModule } from './vetting.module';

const ADMIN_ACTIONS = Object.values(ListingAction).filter(
  (action) => action !== ListingAction.SUBMIT && action !== ListingAction.WITHDRAW,
);
const unverified = (state: string, overrides: Partial<ListingRecord['licenses'][number]> = {}) =>
  license(state, { verification: 'UNVERIFIED', verifiedAt: null, source: null, ...overrides });

/** What an admin records when approving: every license of the listing checked at its state's board today. */
const verificationsOf = (listing: ListingRecord) => ({
  licenseVerifications: listing.licenses.map((l) => ({
    state: l.state as UsState,
    licenseType: l.type,
    number: l.number,
    source: `${l.state} licensing board lookup`,
    verifiedOn: daysFromToday(0),
  })),
});

describe('Vetting: the admin’s decisions on listings, on real rows', () => {
  const { get, database } = useTestServices([VettingModule]);
  let admin: AccountRow;

  beforeAll(async () => {
    admin = await insertAccount(database(), Role.ADMIN);
  });

  const stored = async (id: string) =>
    (
      await database().query<{ status: string; version: number }>(
        'SELECT status, version FROM providers WHERE id = $1',
        [id],
      )
    )[0];
  const isPublic = (id: string) => isPublished(database(), id);
  const history = (id: string) => get(ReviewQueueService).history(id);
  /** An approved listing whose provider has submitted changes to vetted fields. */
  const withSubmittedEdit = async (changes: Partial<ListingRecord>) => {
    const { listing, owner } = await insertOwnedListing(database());
    await insertRevision(database(), { listing, authorId: owner.id, status: 'SUBMITTED', changes });
    return listing;
  };

  /** An admin's step on the listing as they see it now (or at the version `extra` names). */
  async function decide(action: ListingAction, id: string, extra: Partial<ApproveListingInput> = {}, by = admin) {
    const input = { id, version: (await stored(id)).version, reason: `because ${action}`, ...extra };
    if (action === ListingAction.APPROVE) return get(ListingApprovalService).approve(by, input);
    if (action === ListingAction.REVERIFY) return get(ListingApprovalService).reverify(by, input);
    return get(ListingDecisionService).decide(by, input, action as DecisionAction);
  }

  describe('the state machine: every status against every admin action', () => {
    const cases = Object.values(ListingStatus).flatMap((status) =>
      ADMIN_ACTIONS.map((action) => [status, action] as const),
    );

    it.each(cases)('from %s, %s', async (status, action) => {
      const { listing } = await insertOwnedListing(database(), { status });
      const before = await stored(listing.id);
      const deciding = decide(action, listing.id);
      if (TRANSITIONS[action].from.includes(status)) {
        expect((await deciding).listing).toMatchObject({ status: TRANSITIONS[action].to, version: before.version + 1 });
      } else {
        await expect(deciding).rejects.toMatchObject({
          category: ErrorCategory.CONFLICT,
          code: 'DIRECTORY.INVALID_LISTING_TRANSITION',
          details: [{ field: 'status', reason: status }],
          message: expect.stringContaining(status),
        });
        expect(await stored(listing.id)).toEqual(before);
      }
    });
  });

  describe('approval checks', () => {
    it.each<[string, Partial<ListingRecord>, { attested?: boolean }, Partial<ApproveListingInput>, string]>([
      ['no verified license', {}, {}, { licenseVerifications: [] }, 'licenseVerifications'],
      [
        'only an expired license',
        { licenses: [unverified('KS', { expiresOn: daysFromToday(-1) })] },
        {},
        {},
        'licenseVerifications',
      ],
      ['no attestation', {}, { attested: false }, {}, 'attestation'],
      [
        'a missing baseline attribute',
        { attributes: [{ slug: 'lgbtq-affirming', evidence: 'SELF_ATTESTED', evidencedOn: daysFromToday(-1) }] },
        {},
        {},
        'careAttributes',
      ],
    ])('refuses to approve with %s, changing nothing', async (_case, rows, attestation, approval, field) => {
      const { listing } = await insertOwnedListing(
        database(),
        { status: 'IN_REVIEW', licenses: [unverified('KS')], ...rows },
        attestation,
      );
      const before = await stored(listing.id);
      const approving = decide(ListingAction.APPROVE, listing.id, { ...verificationsOf(listing), ...approval });
      await expect(approving).rejects.toMatchObject({
        category: ErrorCategory.BAD_USER_INPUT,
        code: 'VETTING.CHECKS_FAILED',
        details: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      expect(await stored(listing.id)).toEqual(before);
      const licenses = await database().query('SELECT verification FROM licenses WHERE provider_id = $1', [listing.id]);
      expect(licenses.map((l) => l.verification)).toEqual(['UNVERIFIED']);
      expect(await isPublic(listing.id)).toBe(false);
    });

    it('refuses a verification of a license the listing does not have', async () => {
      const { listing } = await insertOwnedListing(database(), { status: 'IN_REVIEW' });
      const approving = decide(ListingAction.APPROVE, listing.id, {
        licenseVerifications: [
          { state: 'NY', licenseType: 'MD', number: 'nope', source: 'NY board', verifiedOn: daysFromToday(0) },
        ],
      });
      await expect(approving).rejects.toMatchObject({
        category: ErrorCategory.BAD_USER_INPUT,
        details: [expect.objectContaining({ field: 'licenseVerifications' })],
      });
    });

    describe('a license whose expiry the provider has not entered (a draft from the NPI registry)', () => {
      /** An IN_REVIEW listing offering telehealth, licensed in KS (dated) and MO, whose MO expiry is not entered. */
      const withUndatedLicense = async (licenses = [unverified('KS'), unverified('MO')]) => {
        const { listing } = await insertOwnedListing(database(), {
          status: 'IN_REVIEW',
          offersTelehealth: true,
          licenses,
        });
        await database().query(`UPDATE licenses SET expires_on = NULL WHERE provider_id = $1 AND state = 'MO'`, [
          listing.id,
        ]);
        return listing;
      };
      const servedStates = async (id: string) =>
        database().query<{ state: string; telehealth: boolean }>(
          `SELECT state, telehealth_until >= current_date AS telehealth FROM search_listing_states
           WHERE provider_id = $1 ORDER BY state`,
          [id],
        );

      it('cannot be verified as it is: the admin is told the provider must enter the expiry', async () => {
        const listing = await withUndatedLicense();
        const mo = listing.licenses[1];
        await expect(decide(ListingAction.APPROVE, listing.id, verificationsOf(listing))).rejects.toMatchObject({
          category: ErrorCategory.BAD_USER_INPUT,
          details: [
            {
              field: 'licenseVerifications',
              reason: `the MO MD license ${mo.number} has no expiry yet; the provider must enter it first`,
            },
          ],
        });
        const licenses = await database().query('SELECT verification FROM licenses WHERE provider_id = $1', [
          listing.id,
        ]);
        expect(licenses.map((l) => l.verification)).toEqual(['UNVERIFIED', 'UNVERIFIED']);
      });

      it('refuses approval when no license has an expiry, naming the field the provider must fill', async () => {
        const listing = await withUndatedLicense([unverified('MO')]);
        await expect(decide(ListingAction.APPROVE, listing.id)).rejects.toMatchObject({
          category: ErrorCategory.BAD_USER_INPUT,
          code: 'VETTING.CHECKS_FAILED',
          details: expect.arrayContaining([
            {
              field: 'licenses.0.expiresOn',
              reason: `the MO MD license ${listing.licenses[0].number} has no expiry; the provider must enter it`,
            },
          ]),
        });
        expect((await stored(listing.id)).status).toBe('IN_REVIEW');
      });

      it('approves on the dated license, and the listing serves only that state', async () => {
        const listing = await withUndatedLicense();
        const verifications = verificationsOf(listing).licenseVerifications.filter((v) => v.state === 'KS');
        const approved = await decide(ListingAction.APPROVE, listing.id, { licenseVerifications: verifications });
        expect(approved.listing.status).toBe('APPROVED');
        expect(approved.listing.licenseRecords).toEqual([
          expect.objectContaining({ state: 'KS', verification: 'VERIFIED', expiresOn: listing.licenses[0].expiresOn }),
          expect.objectContaining({ state: 'MO', verification: 'UNVERIFIED', expiresOn: null }),
        ]);
        expect(await servedStates(listing.id)).toEqual([{ state: 'KS', telehealth: true }]);
      });
    });

    it('refuses to approve or re-verify a listing whose NPI the registry deactivated, naming the NPI and the date', async () => {
      const { listing: inReview } = await insertOwnedListing(database(), { status: 'IN_REVIEW' });
      const { listing: approved } = await insertOwnedListing(database());
      await insertRegistryRows(database(), [
        aRegistryRow({ npi: inReview.npi, deactivatedOn: '2026-10-01' }),
        aRegistryRow({ npi: approved.npi, deactivatedOn: '2026-10-02', reactivatedOn: '2026-01-01' }),
      ]);
      for (const [action, listing, date] of [
        [ListingAction.APPROVE, inReview, '2026-10-01'],
        [ListingAction.REVERIFY, approved, '2026-10-02'],
      ] as const) {
        const before = await stored(listing.id);
        await expect(decide(action, listing.id, verificationsOf(listing))).rejects.toMatchObject({
          category: ErrorCategory.BAD_USER_INPUT,
          code: 'VETTING.NPI_DEACTIVATED',
          details: [{ field: 'npi', reason: `NPI ${listing.npi} was deactivated in the NPI registry on ${date}` }],
        });
        expect(await stored(listing.id)).toEqual(before);
      }
    });

    it('approves a listing whose NPI the registry reactivated or does not have', async () => {
      const reactivated = (await insertOwnedListing(database(), { status: 'IN_REVIEW' })).listing;
      const unknown = (await insertOwnedListing(database(), { status: 'IN_REVIEW' })).listing;
      await insertRegistryRows(database(), [
        aRegistryRow({ npi: reactivated.npi, deactivatedOn: '2026-01-01', reactivatedOn: '2026-02-01' }),
      ]);
      for (const listing of [reactivated, unknown]) {
        const decided = await decide(ListingAction.APPROVE, listing.id, verificationsOf(listing));
        expect(decided.listing.status).toBe('APPROVED');
      }
    });

    it('records who approved, what was checked, and the re-verification date (the earliest license expiry)', async () => {
      const expiry = daysFromToday(90);
      const { listing } = await insertOwnedListing(database(), {
        status: 'IN_REVIEW',
        licenses: [unverified('KS', { expiresOn: expiry })],
      });
      const approved = await decide(ListingAction.APPROVE, listing.id, {
        ...verificationsOf(listing),
        reason: 'All checks passed',
        careAttributeEvidence: [{ slug: 'trauma-informed', evidence: EvidenceLevel.ADMIN_VERIFIED }],
      });
      expect(approved.listing).toMatchObject({ status: 'APPROVED', reverifyOn: expiry });
      const [approval] = await history(listing.id);
      expect(approval).toMatchObject({
        action: 'APPROVE',
        fromStatus: 'IN_REVIEW',
        toStatus: 'APPROVED',
        actorId: admin.id,
        reason: 'All checks passed',
      });
      expect(approval.checks).toMatchObject({
        npi: { checkDigitValid: true, unique: true },
        licenses: [{ verificationSource: 'KS licensing board lookup', active: true }],
        attestation: { current: true },
        careAttributes: expect.arrayContaining([
          expect.objectContaining({ slug: 'trauma-informed', evidence: 'ADMIN_VERIFIED' }),
        ]),
        reverifyOn: expiry,
      });
    });

    it('keeps the audit trail append-only', async () => {
      await expect(database().query(`UPDATE listing_audit_events SET reason = 'rewritten'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(database().query('DELETE FROM listing_audit_events')).rejects.toThrow(/append-only/);
    });
  });

  describe('two admins at once', () => {
    it.each<[ListingAction, ListingAction]>([
      [ListingAction.APPROVE, ListingAction.APPROVE],
      [ListingAction.APPROVE, ListingAction.REJECT],
    ])('%s and %s on one listing: one wins, the other gets CONFLICT', async (first, second) => {
      const { listing } = await insertOwnedListing(database(), { status: 'IN_REVIEW' });
      const other = await insertAccount(database(), Role.ADMIN);
      const { version } = await stored(listing.id);
      const results = await Promise.allSettled([
        decide(first, listing.id, { version }),
        decide(second, listing.id, { version }, other),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const loser = results.find((r) => r.status === 'rejected');
      expect(loser?.reason).toMatchObject({ category: ErrorCategory.CONFLICT });
      expect((await history(listing.id)).filter((r) => r.fromStatus === ListingStatus.IN_REVIEW)).toHaveLength(1);
    });

    it('refuses a decision made on a stale version, naming the status', async () => {
      const { listing } = await insertOwnedListing(database(), { status: 'SUBMITTED' });
      const { version } = await stored(listing.id);
      // The provider withdrew and submitted again since the admin looked.
      await database().query('UPDATE providers SET version = version + 2 WHERE id = $1', [listing.id]);
      await expect(decide(ListingAction.START_REVIEW, listing.id, { version })).rejects.toMatchObject({
        category: ErrorCategory.CONFLICT,
        details: [{ field: 'status', reason: 'SUBMITTED' }],
      });
    });
  });

  describe('after approval', () => {
    it('takes a suspended listing off the directory at once and puts it back on reinstatement', async () => {
      const { listing } = await insertOwnedListing(database());
      expect(await isPublic(listing.id)).toBe(true);
      await decide(ListingAction.SUSPEND, listing.id);
      expect(await isPublic(listing.id)).toBe(false);
      await decide(ListingAction.REINSTATE, listing.id);
      expect(await isPublic(listing.id)).toBe(true);
    });

    it.each([
      [ListingAction.SUSPEND, 'APPROVED'],
      [ListingAction.REJECT, 'IN_REVIEW'],
      [ListingAction.REQUEST_CHANGES, 'IN_REVIEW'],
    ] as const)('needs a reason to %s', async (action, status) => {
      const { listing } = await insertOwnedListing(database(), { status });
      await expect(decide(action, listing.id, { reason: ' ' })).rejects.toMatchObject({
        category: ErrorCategory.BAD_USER_INPUT,
        details: [expect.objectContaining({ field: 'reason' })],
      });
      expect((await stored(listing.id)).status).toBe(status);
    });

    it('gives the provider the reason with a decision that waits on them, only while that decision stands', async () => {
      const { listing } = await insertOwnedListing(database());
      const shown = (view: Awaited<ReturnType<typeof decide>>) =>
        toManagedListing(view, get(VocabularyService).all()).decisionNote;

      const suspended = await decide(ListingAction.SUSPEND, listing.id, { reason: 'Your Kansas license lapsed' });
      expect(shown(suspended)).toMatchObject({ status: 'SUSPENDED', reason: 'Your Kansas license lapsed' });
      expect(shown(await decide(ListingAction.REINSTATE, listing.id))).toBeNull();
    });

    it('drops a rejected revision, keeping the approved version public', async () => {
      const listing = await withSubmittedEdit({ firstName: 'Renamed' });
      await decide(ListingAction.START_REVIEW, listing.id);
      const rejected = await decide(ListingAction.REJECT, listing.id);
      expect(rejected.listing).toMatchObject({ status: 'APPROVED', firstName: listing.firstName });
      expect(rejected.revisions.map((r) => r.status)).toEqual(['REJECTED']);
      expect(await isPublic(listing.id)).toBe(true);
    });

    it('refuses to approve changes to an NPI another listing took in the meantime', async () => {
      const taken = aListing({ status: 'DRAFT' });
      const listing = await withSubmittedEdit({ npi: taken.npi });
      await insertListings(database(), [taken]);
      await decide(ListingAction.START_REVIEW, listing.id);
      await expect(decide(ListingAction.APPROVE, listing.id)).rejects.toMatchObject({
        category: ErrorCategory.CONFLICT,
        code: 'DATABASE.DUPLICATE',
        message: 'npi is already in use',
      });
      const [stored] = await database().query(
        'SELECT p.npi, r.status FROM providers p JOIN listing_revisions r ON r.provider_id = p.id WHERE p.id = $1',
        [listing.id],
      );
      expect(stored).toEqual({ npi: listing.npi, status: 'IN_REVIEW' });
    });

    it('closes pending changes when the listing is archived', async () => {
      const listing = await withSubmittedEdit({ firstName: 'Pending' });
      const archived = await decide(ListingAction.ARCHIVE, listing.id);
      expect(archived.listing.status).toBe('ARCHIVED');
      expect(archived.revisions.map((r) => r.status)).toEqual(['REJECTED']);
      expect((await history(listing.id)).map((r) => [r.action, r.fromStatus, r.toStatus])).toEqual([
        ['ARCHIVE', 'APPROVED', 'ARCHIVED'],
        ['REJECT', 'SUBMITTED', 'REJECTED'],
      ]);
      expect(await isPublic(listing.id)).toBe(false);
    });

    it('lists listings due for re-verification and re-verifies them', async () => {
      const expiry = daysFromToday(20);
      const { listing } = await insertOwnedListing(database(), {
        status: 'IN_REVIEW',
        licenses: [license('KS', { expiresOn: expiry })],
      });
      await decide(ListingAction.APPROVE, listing.id);
      const due = async (withinDays: number) =>
        (await get(ReviewQueueService).dueForReverification(withinDays, 100)).nodes.map((view) => view.listing.id);
      expect(await due(0)).not.toContain(listing.id);
      expect(await due(30)).toContain(listing.id);
      const reverified = await decide(ListingAction.REVERIFY, listing.id);
      expect(reverified.listing).toMatchObject({ status: 'APPROVED', reverifyOn: expiry });
    });
  });
});
