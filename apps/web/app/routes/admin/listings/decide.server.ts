import {
  ApproveListingDocument,
  ArchiveListingDocument,
  ListingReviewersDocument,
  type LicenseVerificationInput,
  type ListingDecisionInput,
  RejectListingDocument,
  ReinstateListingDocument,
  RequestListingChangesDocument,
  StartListingReviewDocument,
  SuspendListingDocument,
  type TypedDocumentString,
  type UsState,
} from '../../../api/graphql.generated';
import type { ApiOutcome, WorkspaceApi } from '../../../api/workspace-api.server';
import type { PostedForm } from '../../../workspace/form-data';
import type { Decision } from './decisions';

const DOCUMENTS: Record<Exclude<Decision, 'APPROVE'>, TypedDocumentString<unknown, { input: ListingDecisionInput }>> = {
  START_REVIEW: StartListingReviewDocument,
  REQUEST_CHANGES: RequestListingChangesDocument,
  REJECT: RejectListingDocument,
  SUSPEND: SuspendListingDocument,
  REINSTATE: ReinstateListingDocument,
  ARCHIVE: ArchiveListingDocument,
};

/** Sends one decision on the version the admin looked at. */
export function decide(
  api: WorkspaceApi,
  decision: Decision,
  input: ListingDecisionInput,
  form: PostedForm,
): Promise<ApiOutcome<unknown>> {
  if (decision === 'APPROVE') {
    return api.run(ApproveListingDocument, {
      input: { ...input, licenseVerifications: licenseVerificationsOf(form) },
    });
  }
  return api.run(DOCUMENTS[decision], { input });
}

/** What the admin entered for one license: `key` is state|type|number. */
export interface LicenseCheckEntry {
  key: string;
  result: string;
  source: string;
  verifiedOn: string;
}

/** The approve form's license rows, as posted (`license` repeated, `license.<n>.*` for the n-th). */
export function licenseChecksOf(form: PostedForm): LicenseCheckEntry[] {
  return form.all('license').map((key, index) => ({
    key,
    result: form.text(`license.${index}.result`),
    source: form.text(`license.${index}.source`).trim(),
    verifiedOn: form.text(`license.${index}.verifiedOn`),
  }));
}

function licenseVerificationsOf(form: PostedForm): LicenseVerificationInput[] {
  return licenseChecksOf(form)
    .filter((entry) => entry.result === 'VERIFIED')
    .map(({ key, source, verifiedOn }) => {
      const [state, licenseType, number] = key.split('|');
      return { state: state as UsState, licenseType, number, source, verifiedOn };
    });
}

/** Who decided first, and what: the newest step of the listing's audit trail. */
export async function latestStepOf(api: WorkspaceApi, id: string) {
  const outcome = await api.run(ListingReviewersDocument, { id });
  return outcome.ok ? (outcome.data.listingHistory.at(-1) ?? null) : null;
}
