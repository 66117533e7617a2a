import { Role } from '@app/auth';
import { ListingAction, ListingStatus } from '@app/directory';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { aListingInput, MANAGED_LISTING_FIELDS } from '@test/factories/listing-input.factory';
import { signedInAccount, TestAccount } from './accounts';
import { graphql, GraphqlResponse } from './graphql';
import { TestAppHandle } from './use-test-app';

export interface WorkflowListing {
  id: string;
  status: ListingStatus;
  reviewStatus: ListingStatus;
  version: number;
  lastName: string;
  reverifyOn: string | null;
  licenses: Array<{ state: string; licenseType: string; number: string; expiresOn: string; verification: string }>;
  openRevision: { id: string; status: string } | null;
}

const ADMIN_MUTATIONS: Partial<Record<ListingAction, string>> = {
  [ListingAction.START_REVIEW]: 'startListingReview',
  [ListingAction.APPROVE]: 'approveListing',
  [ListingAction.REVERIFY]: 'reverifyListing',
  [ListingAction.REQUEST_CHANGES]: 'requestListingChanges',
  [ListingAction.REJECT]: 'rejectListing',
  [ListingAction.SUSPEND]: 'suspendListing',
  [ListingAction.REINSTATE]: 'reinstateListing',
  [ListingAction.ARCHIVE]: 'archiveListing',
};

export const ADMIN_ACTIONS = Object.keys(ADMIN_MUTATIONS) as ListingAction[];

// The path from a new draft to each status, through the API.
const PATHS: Record<ListingStatus, ListingAction[]> = {
  DRAFT: [],
  SUBMITTED: [ListingAction.SUBMIT],
  IN_REVIEW: [ListingAction.SUBMIT, ListingAction.START_REVIEW],
  APPROVED: [ListingAction.SUBMIT, ListingAction.START_REVIEW, ListingAction.APPROVE],
  CHANGES_REQUESTED: [ListingAction.SUBMIT, ListingAction.START_REVIEW, ListingAction.REQUEST_CHANGES],
  REJECTED: [ListingAction.SUBMIT, ListingAction.START_REVIEW, ListingAction.REJECT],
  SUSPENDED: [ListingAction.SUBMIT, ListingAction.START_REVIEW, ListingAction.APPROVE, ListingAction.SUSPEND],
  ARCHIVED: [ListingAction.ARCHIVE],
};

/** Drives listings through the workflow as a provider and an admin would, on an app with an admin signed in. */
export class ListingWorkflow {
  constructor(private readonly testApp: TestAppHandle) {}

  get admin(): TestAccount {
    return this.testApp.account(Role.ADMIN);
  }

  private get app(): NestFastifyApplication {
    return this.testApp.app();
  }

  async draft(
    overrides: Record<string, unknown> = {},
  ): Promise<{ provider: TestAccount; listing: WorkflowListing; input: Record<string, unknown> }> {
    const provider = await signedInAccount(this.app, this.testApp.database(), Role.PROVIDER);
    const input = aListingInput(overrides);
    const saved = await graphql<{ saveMyListing: WorkflowListing }>(
      this.app,
      `mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { ${MANAGED_LISTING_FIELDS} } }`,
      { input },
      provider.token,
    );
    if (!saved.data) throw new Error(`could not save: ${JSON.stringify(saved.errors)}`);
    return { provider, listing: saved.data.saveMyListing, input };
  }

  async listingIn(status: ListingStatus, overrides: Record<string, unknown> = {}) {
    const created = await this.draft(overrides);
    let listing = created.listing;
    for (const action of PATHS[status]) {
      const response =
        action === ListingAction.SUBMIT
          ? await this.provider(created.provider, 'submitMyListing')
          : await this.act(action, listing);
      if (!response.data) throw new Error(`${action} failed: ${JSON.stringify(response.errors)}`);
      listing = Object.values(response.data)[0];
    }
    return { ...created, listing };
  }

  /** The listing as an admin sees it now. */
  async current(listing: WorkflowListing): Promise<WorkflowListing> {
    const response = await graphql<{ listing: WorkflowListing }>(
      this.app,
      `query ($id: ID!) { listing(id: $id) { ${MANAGED_LISTING_FIELDS} } }`,
      { id: listing.id },
      this.admin.token,
    );
    if (!response.data) throw new Error(`could not read: ${JSON.stringify(response.errors)}`);
    return response.data.listing;
  }

  provider(
    account: TestAccount,
    mutation: 'submitMyListing' | 'withdrawMyListing',
  ): Promise<GraphqlResponse<Record<string, WorkflowListing>>> {
    return graphql(this.app, `mutation { ${mutation} { ${MANAGED_LISTING_FIELDS} } }`, {}, account.token);
  }

  /** An admin decision with a reason, verifying every license when approving. */
  act(action: ListingAction, listing: WorkflowListing, extra: Record<string, unknown> = {}, token = this.admin.token) {
    const mutation = ADMIN_MUTATIONS[action];
    if (!mutation) throw new Error(`${action} is not an admin action`);
    const approving = action === ListingAction.APPROVE || action === ListingAction.REVERIFY;
    const input = {
      id: listing.id,
      version: listing.version,
      reason: `because ${action}`,
      ...(approving ? verificationsFor(listing) : {}),
      ...extra,
    };
    return graphql<Record<string, WorkflowListing>>(
      this.app,
      `mutation ($input: ${approving ? 'ApproveListingInput' : 'ListingDecisionInput'}!) { ${mutation}(input: $input) { ${MANAGED_LISTING_FIELDS} } }`,
      { input },
      token,
    );
  }
}

export function verificationsFor(listing: WorkflowListing): Record<string, unknown> {
  return {
    licenseVerifications: listing.licenses.map(({ state, licenseType, number }) => ({
      state,
      licenseType,
      number,
      source: `${state} licensing board lookup`,
      verifiedOn: new Date().toISOString().slice(0, 10),
    })),
  };
}
