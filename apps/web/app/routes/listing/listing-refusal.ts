import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.en';

/** What the page's action answers when the API (or the page itself) refuses a form. */
export interface FormRefusal {
  reason: string | null;
  message: string;
  fieldErrors: Record<string, string>;
}

const REASONS: Record<string, MessageKey> = {
  'DIRECTORY.NPI_ALREADY_LISTED': 'listingRefusal.npiAlreadyListed',
  'DIRECTORY.OPEN_CLAIM_EXISTS': 'listingRefusal.openClaim',
  'DIRECTORY.CLAIMABLE_LISTING_NOT_FOUND': 'listingRefusal.claimableNotFound',
  'DIRECTORY.ALREADY_OWNS_LISTING': 'listingRefusal.alreadyOwns',
  'DIRECTORY.INVALID_LISTING_TRANSITION': 'listingRefusal.changed',
  'DIRECTORY.REVISION_UNDER_REVIEW': 'listingRefusal.revisionUnderReview',
};

/** The alert's text: the form's lead, then our words for a refusal we know, else the API's. */
export function refusalText(refusal: FormRefusal, lead: MessageKey, t: Translate): string {
  const known = refusal.reason ? REASONS[refusal.reason] : undefined;
  const why = known
    ? t(known)
    : Object.keys(refusal.fieldErrors).length
      ? t('listingRefusal.fieldsNamed')
      : refusal.message;
  return `${t(lead)} ${why}`;
}

// Refusals about one field that the API names only by its reason.
const REASON_FIELDS: Record<string, string> = {
  'DIRECTORY.NPI_ALREADY_LISTED': 'npi',
  'DIRECTORY.CLAIMABLE_LISTING_NOT_FOUND': 'npi',
};

/** The errors to show beside the fields, the ones the API names by reason included. */
export function fieldErrorsOf(refusal: FormRefusal | undefined, t: Translate): Record<string, string> {
  if (!refusal?.reason || !(refusal.reason in REASON_FIELDS)) return refusal?.fieldErrors ?? {};
  return { ...refusal.fieldErrors, [REASON_FIELDS[refusal.reason]]: t(REASONS[refusal.reason]) };
}
