import type { RegistryRecord } from '@app/directory';
import { withNpiCheckDigit } from '@app/directory/testing';
import { TestDatabase } from '@test/support/test-database';

/** A registry_practitioners row as the importer keeps it (the fields tests set): synthetic, never a real clinician. */
export type RegistryRow = Omit<RegistryRecord, 'namePrefix' | 'nameSuffix' | 'enumeratedOn' | 'lastUpdatedOn'>;

let sequence = 0;

/** An active gynecologist practising in Wichita, with a Kansas license; NPIs start with 95 (never issued). */
export function aRegistryRow(overrides: Partial<RegistryRow> = {}): RegistryRow {
  sequence += 1;
  return {
    npi: withNpiCheckDigit(String(950_000_000 + sequence)),
    lastName: `REGISTRANT${String.fromCharCode(65 + (sequence % 26))}`,
    firstName: 'ALEX',
    middleName: null,
    credentials: 'M.D.',
    taxonomies: [{ code: '207VG0400X', licenseNumber: `KS-${sequence}`, licenseState: 'KS', primary: true }],
    primaryTaxonomyCode: '207VG0400X',
    practiceLine1: '100 N MAIN ST',
    practiceLine2: null,
    practiceCity: 'WICHITA',
    practiceState: 'KS',
    practicePostalCode: '672021234',
    practicePhone: '3165550100',
    deactivatedOn: null,
    deactivationReason: null,
    reactivatedOn: null,
    sourceFile: 'npidata_pfile_synthetic.csv',
    sourceDate: '2026-11-09',
    ...overrides,
  };
}

export async function insertRegistryRows(database: TestDatabase, rows: RegistryRow[]): Promise<void> {
  for (const row of rows) {
    await database.query(
      `INSERT INTO registry_practitioners
         (npi, last_name, first_name, middle_name, credentials, taxonomies, taxonomy_codes, primary_taxonomy_code,
          practice_line1, practice_line2, practice_city, practice_state, practice_postal_code, practice_phone,
          deactivated_on, deactivation_reason, reactivated_on, source_file, source_date, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 'synthetic')`,
      [
        row.npi,
        row.lastName,
        row.firstName,
        row.middleName,
        row.credentials,
        JSON.stringify(row.taxonomies),
        row.taxonomies.map((t) => t.code),
        row.primaryTaxonomyCode,
        row.practiceLine1,
        row.practiceLine2,
        row.practiceCity,
        row.practiceState,
        row.practicePostalCode,
        row.practicePhone,
        row.deactivatedOn,
        row.deactivationReason,
        row.reactivatedOn,
        row.sourceFile,
        row.sourceDate,
      ],
    );
  }
}

/** A registry file as loaded, for the date of the registry data. */
export async function insertRegistryImport(database: TestDatabase, dataDate: string): Promise<void> {
  await database.query(
    `INSERT INTO registry_imports (file_name, file_kind, data_date, rows_read, rows_kept, rows_skipped, rows_changed,
                                   started_at)
     VALUES ('npidata_pfile_synthetic.csv', 'FULL', $1, 0, 0, 0, 0, now())`,
    [dataDate],
  );
}
