import type {
  ClaimLicenseInput,
  MyListingFieldsFragment,
  SaveListingInput,
  UsState,
} from '../../api/graphql.generated';
import type { PostedForm } from '../../workspace/form-data';

/**
 * The specialties the form offers: the current ones, and any the listing has that NUCC has since retired (the
 * listing keeps those; nobody else may choose them).
 */
export function specialtyOptions(
  offered: Array<{ code: string; name: string }>,
  listed: Array<{ code: string; name: string }>,
): Array<{ value: string; label: string }> {
  const retired = listed.filter(({ code }) => !offered.some((specialty) => specialty.code === code));
  return [...offered, ...retired].map((specialty) => ({ value: specialty.code, label: specialty.name }));
}

/** A practice location as the form holds it: text as typed. */
export type LocationDraft = {
  name: string;
  street: string;
  city: string;
  zip: string;
  phone: string;
  hideStreet: boolean;
};

export type LicenseDraft = {
  state: string;
  licenseType: string;
  number: string;
  expiresOn: string;
};

/** The listing form's values as typed, kept as they are when the API refuses them so nothing has to be typed again. */
export interface ListingDraft {
  npi: string;
  firstName: string;
  lastName: string;
  chosenName: string;
  chosenLastName: string;
  pronouns: string;
  credentials: string;
  phone: string;
  bio: string;
  acceptingNewPatients: boolean;
  offersTelehealth: boolean;
  /** NUCC codes. */
  specialties: string[];
  primarySpecialty: string;
  careAttributes: string[];
  languages: string[];
  insurancePlans: string[];
  locations: LocationDraft[];
  licenses: LicenseDraft[];
  attest: boolean;
}

export interface ClaimDraft {
  npi: string;
  licenses: Array<Omit<LicenseDraft, 'expiresOn'>>;
}

/** Blank rows the form adds after the filled ones, so a location or a license can be added without JavaScript. */
export const BLANK_LOCATIONS = 1;
export const BLANK_LICENSES = 2;
export const CLAIM_LICENSE_ROWS = 2;

export const emptyLocation = (): LocationDraft => ({
  name: '',
  street: '',
  city: '',
  zip: '',
  phone: '',
  hideStreet: false,
});
export const emptyLicense = (): LicenseDraft => ({ state: '', licenseType: '', number: '', expiresOn: '' });

export const EMPTY_DRAFT: ListingDraft = {
  npi: '',
  firstName: '',
  lastName: '',
  chosenName: '',
  chosenLastName: '',
  pronouns: '',
  credentials: '',
  phone: '',
  bio: '',
  acceptingNewPatients: true,
  offersTelehealth: false,
  specialties: [],
  primarySpecialty: '',
  careAttributes: [],
  languages: [],
  insurancePlans: [],
  locations: [],
  licenses: [],
  attest: false,
};

/** The form as the provider left it: the proposed changes of an open revision win over the approved values. */
export function draftOfListing(listing: MyListingFieldsFragment): ListingDraft {
  const vetted = listing.openRevision?.changes ?? {
    ...listing,
    careAttributes: listing.careAttributes.map((attribute) => attribute.slug),
  };
  return {
    npi: vetted.npi,
    firstName: vetted.firstName,
    lastName: vetted.lastName,
    chosenName: vetted.chosenName ?? '',
    chosenLastName: vetted.chosenLastName ?? '',
    pronouns: listing.pronouns ?? '',
    credentials: vetted.credentials.join(', '),
    phone: listing.phone ?? '',
    bio: listing.bio ?? '',
    acceptingNewPatients: listing.acceptingNewPatients,
    offersTelehealth: listing.offersTelehealth,
    specialties: vetted.specialties.map((specialty) => specialty.code),
    primarySpecialty: vetted.specialties.find((specialty) => specialty.primary)?.code ?? '',
    careAttributes: vetted.careAttributes,
    languages: listing.languages.map((language) => language.code),
    insurancePlans: listing.insurancePlans.map((plan) => plan.slug),
    locations: listing.locations.map((location) => ({
      name: location.name ?? '',
      street: location.street ?? '',
      city: location.city,
      zip: location.zip,
      phone: location.phone ?? '',
      hideStreet: location.hideStreet,
    })),
    // A license from the NPI registry has no expiry until the provider enters it: the field starts empty.
    licenses: vetted.licenses.map(({ state, licenseType, number, expiresOn }) => ({
      state,
      licenseType,
      number,
      expiresOn: expiresOn ?? '',
    })),
    attest: false,
  };
}

// More than the API takes of either list, so every row the form can show is read.
const MAX_ROWS = 100;

const isBlank = (row: Record<string, string | boolean>) =>
  Object.values(row).every((value) => typeof value === 'boolean' || value === '');

/** Rows named `<list>.<index>.<field>`, in order, the blank ones left out (so the API's indexes match the form's). */
function rowsOf<T extends Record<string, string | boolean>>(form: PostedForm, list: string, empty: () => T): T[] {
  const rows: T[] = [];
  for (let index = 0; index < MAX_ROWS; index += 1) {
    const entries = Object.entries(empty()).map(([field, blank]) => {
      const posted = form.text(`${list}.${index}.${field}`);
      return [field, typeof blank === 'boolean' ? posted === 'true' : posted.trim()];
    });
    const row = Object.fromEntries(entries) as T;
    if (!isBlank(row)) rows.push(row);
  }
  return rows;
}

export function draftOfForm(form: PostedForm): ListingDraft {
  const text = (name: string) => form.text(name).trim();
  return {
    npi: text('npi'),
    firstName: text('firstName'),
    lastName: text('lastName'),
    chosenName: text('chosenName'),
    chosenLastName: text('chosenLastName'),
    pronouns: text('pronouns'),
    credentials: text('credentials'),
    phone: text('phone'),
    bio: form.text('bio').trim(),
    acceptingNewPatients: form.text('acceptingNewPatients') !== 'false',
    offersTelehealth: form.text('offersTelehealth') === 'true',
    specialties: form.all('specialties'),
    primarySpecialty: text('primarySpecialty'),
    careAttributes: form.all('careAttributes'),
    languages: form.all('languages'),
    insurancePlans: form.all('insurancePlans'),
    locations: rowsOf(form, 'locations', emptyLocation),
    licenses: rowsOf(form, 'licenses', emptyLicense),
    attest: form.text('attest') === 'true',
  };
}

export function claimDraftOfForm(form: PostedForm): ClaimDraft {
  return {
    npi: form.text('npi').trim(),
    licenses: rowsOf(form, 'licenses', () => ({ state: '', licenseType: '', number: '' })),
  };
}

const orNull = (value: string) => value || null;

/** The draft as saveMyListing takes it; the main specialty is listed even when its box was left unticked. */
export function saveInputOf(draft: ListingDraft, attestationVersion: string): SaveListingInput {
  const specialties = draft.primarySpecialty
    ? [draft.primarySpecialty, ...draft.specialties.filter((code) => code !== draft.primarySpecialty)]
    : draft.specialties;
  return {
    npi: draft.npi,
    firstName: draft.firstName,
    lastName: draft.lastName,
    chosenName: orNull(draft.chosenName),
    chosenLastName: orNull(draft.chosenLastName),
    pronouns: orNull(draft.pronouns),
    credentials: draft.credentials.split(/[\s,]+/).filter(Boolean),
    phone: orNull(draft.phone),
    bio: orNull(draft.bio),
    acceptingNewPatients: draft.acceptingNewPatients,
    offersTelehealth: draft.offersTelehealth,
    specialties: specialties.map((code) => ({ specialty: code, primary: code === draft.primarySpecialty })),
    careAttributes: draft.careAttributes,
    languages: draft.languages,
    insurancePlans: draft.insurancePlans,
    locations: draft.locations.map((location) => ({
      name: orNull(location.name),
      street: orNull(location.street),
      city: orNull(location.city),
      zip: location.zip,
      phone: orNull(location.phone),
      hideStreet: location.hideStreet,
    })),
    licenses: draft.licenses.map((license) => ({ ...license, state: license.state as UsState })),
    ...(draft.attest ? { attestation: { version: attestationVersion } } : {}),
  };
}

export function claimLicensesOf(draft: ClaimDraft): ClaimLicenseInput[] {
  return draft.licenses.map((license) => ({ ...license, state: license.state as UsState }));
}

/**
 * The state of each license row that names none: the API would refuse the whole request rather than name the field,
 * so the page asks for it itself.
 */
export function missingStates(licenses: Array<{ state: string }>): string[] {
  return licenses.flatMap((license, index) => (license.state ? [] : [`licenses.${index}.state`]));
}

/** The form field an API field path belongs to: `specialties.0.specialty` is the specialties group, and so on. */
export function formFieldOf(apiField: string): string {
  if (apiField.startsWith('attestation')) return 'attest';
  const [list, index] = apiField.split('.');
  if (/^(locations|licenses)$/.test(list) && index !== undefined) return apiField;
  return list;
}

export function formFieldErrors(apiErrors: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, reason] of Object.entries(apiErrors)) {
    const name = formFieldOf(field);
    errors[name] = errors[name] ? `${errors[name]}; ${reason}` : reason;
  }
  return errors;
}
