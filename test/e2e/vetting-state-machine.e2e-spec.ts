import { Role } from '@app/auth';
import { ListingAction, ListingStatus, TRANSITIONS } from '@app/directory';
import { ADMIN_ACTIONS, ListingWorkflow } from '@test/support/listing-workflow';
import { useTestApp } from '@test/support/use-test-app';

// Every status against every action, through the API: allowed steps land in the target status of docs/workflows.md, every other
// step is a CONFLICT naming the current status and changes nothing.
describe('The listing state machine over GraphQL', () => {
  const workflow = new ListingWorkflow(useTestApp({ signedIn: [Role.ADMIN] }));

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
        details: [{ field: 'status', reason: status }],
      });
      expect(await workflow.current(listing)).toMatchObject({ status, version: listing.version });
    }
  });
});
