/** One taxonomy slot of a registry record, in the file's order. */
export interface RegistryTaxonomy {
  code: string;
  licenseNumber: string | null;
  licenseState: string | null;
  primary: boolean;
}

/** A practitioner as the national NPI registry (NPPES) lists them; never public. Dates are YYYY-MM-DD. */
export interface RegistryRecord {
  npi: string;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  namePrefix: string | null;
  nameSuffix: string | null;
  credentials: string | null;
  taxonomies: RegistryTaxonomy[];
  primaryTaxonomyCode: string | null;
  practiceLine1: string | null;
  practiceLine2: string | null;
  practiceCity: string | null;
  practiceState: string | null;
  practicePostalCode: string | null;
  practicePhone: string | null;
  enumeratedOn: string | null;
  lastUpdatedOn: string | null;
  deactivatedOn: string | null;
  deactivationReason: string | null;
  reactivatedOn: string | null;
  sourceFile: string;
  /** The date of the registry data the row last came from. */
  sourceDate: string;
}

/** Active unless deactivated and not reactivated since (a reactivation before the deactivation does not count). */
export function isActiveRecord(record: Pick<RegistryRecord, 'deactivatedOn' | 'reactivatedOn'>): boolean {
  if (!record.deactivatedOn) return true;
  return record.reactivatedOn !== null && record.reactivatedOn >= record.deactivatedOn;
}

/** Registry practitioners an admin may invite: practising in `state`, with one of `taxonomyCodes`, not listed. */
export interface RegistryCandidateFilter {
  state: string;
  taxonomyCodes: string[];
  /** The start of the first or last name, any case. */
  name: string | null;
}
