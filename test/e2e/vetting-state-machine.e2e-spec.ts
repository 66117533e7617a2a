import { Role } from '@app/auth';
import { ListingAction, ListingStatus } from '@app/directory';
import { TRANSITIONS } from '@app/directory/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { signedInAccount } from '../support/accounts';
import { ADMIN_ACTIONS, ListingWorkflow } from '../support/listing-workflow';
import { startTestApp } from '../support/test-app';
import { TestDatabase } from '../support/test-database';

// Every status against every action, through the API: allowed steps land in the target status of docs/workflows.md, every other
// step is a CONFLICT naming the current status and changes nothing.
describe('The listing state machine over GraphQL', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let workflow: ListingWorkflow;

  beforeAll(async () => {
    database = await TestDatabase.create();
    app = await startTestApp(database);
    workflow = new ListingWorkflow(app, database, await signedInAccount(app, database, Role.ADMIN));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const statuses = Object.values(ListingStatus);
  const adminCases = statuses.flatMap((status) => ADMIN_ACTIONS.map((action) => [status, action] as const));

  it.each(adminCases)('admin: from %s, %s', async (status, action) => {
    const { listing } = await workflow.listingIn(status);
    const response = await workflow.act(action, listing);
    if (TRANSITIONS[action].from.includes(status)) {
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data ?? {})[0]).toMatchObject({
        status: TRANSITIONS[action].to,
        version: listing.version + 1,
      });
    } else {
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'DIRECTORY.INVALID_LISTING_TRANSITION',
        details: [{ field: 'status', reason: status }],
      });
      expect(response.errors?.[0].message).toContain(status);
      expect(await workflow.current(listing)).toMatchObject({ status, version: listing.version });
    }
  });

  const providerCases = statuses.flatMap((status) =>
    [ListingAction.SUBMIT, ListingAction.WITHDRAW].map((action) => [status, action] as const),
  );

  it.each(providerCases)('provider: from %s, %s', async (status, action) => {
    const { provider, listing } = await workflow.listingIn(status);
    const response = await workflow.provider(
      provider,
      action === ListingAction.SUBMIT ? 'submitMyListing' : 'withdrawMyListing',
    );
    if (TRANSITIONS[action].from.includes(status)) {
      expect(Object.values(response.data ?? {})[0]).toMatchObject({ status: TRANSITIONS[action].to });
    } else {
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'DIRECTORY.INVALID_LISTING_TRANSITION',
        details: [{ field: 'status', reason: status }],
      });
      expect(await workflow.current(listing)).toMatchObject({ status, version: listing.version });
    }
  });
});
