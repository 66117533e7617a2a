// The column names of the CMS NPPES data dissemination file ("npidata_pfile"), as its header spells them. The reader
// finds its columns by these names, never by position, so a reordered or extended file still loads; the test
// generator writes whole files in the real layouts from them.

export const TAXONOMY_SLOTS = 15;

export const NPPES_COLUMNS = {
  npi: 'NPI',
  entityType: 'Entity Type Code',
  lastName: 'Provider Last Name (Legal Name)',
  firstName: 'Provider First Name',
  middleName: 'Provider Middle Name',
  namePrefix: 'Provider Name Prefix Text',
  nameSuffix: 'Provider Name Suffix Text',
  credentials: 'Provider Credential Text',
  practiceLine1: 'Provider First Line Business Practice Location Address',
  practiceLine2: 'Provider Second Line Business Practice Location Address',
  practiceCity: 'Provider Business Practice Location Address City Name',
  practiceState: 'Provider Business Practice Location Address State Name',
  practicePostalCode: 'Provider Business Practice Location Address Postal Code',
  practicePhone: 'Provider Business Practice Location Address Telephone Number',
  enumeratedOn: 'Provider Enumeration Date',
  lastUpdatedOn: 'Last Update Date',
  deactivationReason: 'NPI Deactivation Reason Code',
  deactivatedOn: 'NPI Deactivation Date',
  reactivatedOn: 'NPI Reactivation Date',
} as const;

export type NppesField = keyof typeof NPPES_COLUMNS;

/** "Provider Gender Code" until 2025, "Provider Sex Code" since: either one is the row's sex code. */
export const SEX_CODE_COLUMNS = ['Provider Sex Code', 'Provider Gender Code'] as const;

export const taxonomySlotColumns = (slot: number) => ({
  code: `Healthcare Provider Taxonomy Code_${slot}`,
  licenseNumber: `Provider License Number_${slot}`,
  licenseState: `Provider License Number State Code_${slot}`,
  primarySwitch: `Healthcare Provider Primary Taxonomy Switch_${slot}`,
});

/** The deactivation list CMS publishes monthly (NPPES_Deactivated_NPI_Report_YYYYMMDD), once exported as CSV. */
export const DEACTIVATION_LIST_COLUMNS = { npi: 'NPI', deactivatedOn: 'NPPES Deactivation Date' } as const;

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

const MAILING_AND_PRACTICE = (kind: 'Mailing' | 'Practice Location') => [
  `Provider First Line Business ${kind} Address`,
  `Provider Second Line Business ${kind} Address`,
  `Provider Business ${kind} Address City Name`,
  `Provider Business ${kind} Address State Name`,
  `Provider Business ${kind} Address Postal Code`,
  `Provider Business ${kind} Address Country Code (If outside U.S.)`,
  `Provider Business ${kind} Address Telephone Number`,
  `Provider Business ${kind} Address Fax Number`,
];

/**
 * The full header in CMS's order: 329 columns in the 2018 layout ("Provider Gender Code"), 330 in the current one
 * ("Provider Sex Code", and "Certification Date" appended).
 */
export function nppesHeader(layout: 'current' | '2018' = 'current'): string[] {
  return [
    'NPI',
    'Entity Type Code',
    'Replacement NPI',
    'Employer Identification Number (EIN)',
    'Provider Organization Name (Legal Business Name)',
    'Provider Last Name (Legal Name)',
    'Provider First Name',
    'Provider Middle Name',
    'Provider Name Prefix Text',
    'Provider Name Suffix Text',
    'Provider Credential Text',
    'Provider Other Organization Name',
    'Provider Other Organization Name Type Code',
    ...['Last Name', 'First Name', 'Middle Name', 'Name Prefix Text', 'Name Suffix Text', 'Credential Text'].map(
      (part) => `Provider Other ${part}`,
    ),
    'Provider Other Last Name Type Code',
    ...MAILING_AND_PRACTICE('Mailing'),
    ...MAILING_AND_PRACTICE('Practice Location'),
    'Provider Enumeration Date',
    'Last Update Date',
    'NPI Deactivation Reason Code',
    'NPI Deactivation Date',
    'NPI Reactivation Date',
    layout === 'current' ? 'Provider Sex Code' : 'Provider Gender Code',
    ...['Last Name', 'First Name', 'Middle Name', 'Title or Position', 'Telephone Number'].map(
      (part) => `Authorized Official ${part}`,
    ),
    ...range(TAXONOMY_SLOTS).flatMap((slot) => Object.values(taxonomySlotColumns(slot))),
    ...range(50).flatMap((n) => [
      `Other Provider Identifier_${n}`,
      `Other Provider Identifier Type Code_${n}`,
      `Other Provider Identifier State_${n}`,
      `Other Provider Identifier Issuer_${n}`,
    ]),
    'Is Sole Proprietor',
    'Is Organization Subpart',
    'Parent Organization LBN',
    'Parent Organization TIN',
    'Authorized Official Name Prefix Text',
    'Authorized Official Name Suffix Text',
    'Authorized Official Credential Text',
    ...range(TAXONOMY_SLOTS).map((slot) => `Healthcare Provider Taxonomy Group_${slot}`),
    ...(layout === 'current' ? ['Certification Date'] : []),
  ];
}
