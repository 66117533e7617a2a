import { Role } from '@app/auth';
import { ListingAction, ListingStatus } from '@app/directory';
import { TRANSITIONS } from '@app/directory/testing';
import { ADMIN_ACTIONS, ListingWorkflow } from '@test/support/listing-workflow';
import { useTestApp } from '@test/support/use-test-app';

// Each step of the state machine in docs/workflows.md once through its mutation, and the answer to a step the status does not
// allow. Every status against every action is the service specs' (libs/vetting, libs/directory).
describe('The listing state machine over GraphQL', () => {
  const workflow = new ListingWorkflow(useTestApp({ signedIn: [Role.ADMIN] }));

  it.each(ADMIN_ACTIONS)('admin: %s', async (action) => {
    const { listing } = await workflow.listingIn(TRANSITIONS[action].from[0]);
    const response = await workflow.act(action, listing);
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data ?? {})[0]).toMatchObject({
      status: TRANSITIONS[action].to,
      version: listing.version + 1,
    });
  });

  it.each([ListingAction.SUBMIT, ListingAction.WITHDRAW])('provider: %s', async (action) => {
    const { provider, listing } = await workflow.listingIn(TRANSITIONS[action].from[0]);
    const response = await workflow.provider(
      provider,
      action === ListingAction.SUBMIT ? 'submitMyListing' : 'withdrawMyListing',
    );
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data ?? {})[0]).toMatchObject({ id: listing.id, status: TRANSITIONS[action].to });
  });

  it('answers a step the status does not allow with a CONFLICT naming the status, and changes nothing', async () => {
    const { listing } = await workflow.listingIn(ListingStatus.DRAFT);
    const response = await workflow.act(ListingAction.APPROVE, listing);
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DIRECTORY.INVALID_LISTING_TRANSITION',
      details: [{ field: 'status', reason: 'DRAFT' }],
    });
    expect(response.errors?.[0].message).toContain('DRAFT');
    expect(await workflow.current(listing)).toMatchObject({ status: 'DRAFT', version: listing.version });
  });
});
