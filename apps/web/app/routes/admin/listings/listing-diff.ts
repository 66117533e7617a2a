import type { ReviewedListingFieldsFragment } from '../../../api/graphql.generated';

type Revision = NonNullable<ReviewedListingFieldsFragment['openRevision']>;
type Changes = Revision['changes'];

export const DIFFED_FIELDS = [
  'npi',
  'firstName',
  'lastName',
  'chosenName',
  'chosenLastName',
  'credentials',
  'specialties',
  'careAttributes',
  'licenses',
] as const satisfies ReadonlyArray<keyof Changes>;

export type DiffedField = (typeof DIFFED_FIELDS)[number];

export interface FieldDiff {
  field: DiffedField;
  /** Each value as one line of text, in a stable order so that only real changes differ. */
  approved: string[];
  proposed: string[];
  changed: boolean;
}

/** How the page names codes: specialty codes and care attribute slugs by their names. */
export interface DiffNames {
  specialty: (code: string) => string;
  careAttribute: (slug: string) => string;
  primary: (name: string) => string;
  /** A license's expiry, or that the provider has not entered it (null: a draft from the NPI registry). */
  expiry: (expiresOn: string | null) => string;
}

/** The open revision against the approved listing, one row per vetted field. */
export function diffRevision(listing: ReviewedListingFieldsFragment, changes: Changes, names: DiffNames): FieldDiff[] {
  const approved = linesOf({ ...listing, careAttributes: listing.careAttributes.map((a) => a.slug) }, names);
  const proposed = linesOf(changes, names);
  return DIFFED_FIELDS.map((field) => ({
    field,
    approved: approved[field],
    proposed: proposed[field],
    changed: approved[field].join('\n') !== proposed[field].join('\n'),
  }));
}

function linesOf(values: Changes, names: DiffNames): Record<DiffedField, string[]> {
  const text = (value: string | null | undefined) => (value ? [value] : []);
  return {
    npi: text(values.npi),
    firstName: text(values.firstName),
    lastName: text(values.lastName),
    chosenName: text(values.chosenName),
    chosenLastName: text(values.chosenLastName),
    credentials: [...values.credentials].sort(),
    specialties: values.specialties
      .map((s) => (s.primary ? names.primary(names.specialty(s.code)) : names.specialty(s.code)))
      .sort(),
    careAttributes: values.careAttributes.map(names.careAttribute).sort(),
    licenses: values.licenses
      .map((l) => `${l.state} ${l.licenseType} ${l.number}, ${names.expiry(l.expiresOn)}`)
      .sort(),
  };
}
