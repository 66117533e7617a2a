import { isValidNpi } from '@app/shared';
import { CsvRecord } from './csv-scanner';
import {
  DEACTIVATION_LIST_COLUMNS,
  NPPES_COLUMNS,
  NppesField,
  SEX_CODE_COLUMNS,
  TAXONOMY_SLOTS,
  taxonomySlotColumns,
} from './nppes-layout';
import { isCalendarDate } from './registry-file-kind';
import { RegistryFileError } from './registry.errors';
import { RegistryRecord, RegistryTaxonomy } from './registry.models';

/** An individual practitioner as the registry keeps it (the columns of registry_practitioners it fills). */
export interface PractitionerRow extends Omit<RegistryRecord, 'sourceFile' | 'sourceDate'> {
  sexCode: string | null;
}

/** A deactivation without the practitioner's data: a deactivation list's entry, or a full file's bare row. */
export interface DeactivationRow {
  npi: string;
  deactivatedOn: string;
  reactivatedOn: string | null;
  deactivationReason: string;
}

/** Rows that are fine but not the registry's business; counted, not listed line by line. */
export enum LeftOut {
  ORGANIZATION = 'organization (entity type 2)',
  OUT_OF_SCOPE = 'no in-scope taxonomy',
}

export type RecordOutcome =
  | { kind: 'practitioner'; row: PractitionerRow }
  | { kind: 'deactivation'; row: DeactivationRow }
  | { kind: 'left out'; reason: LeftOut }
  | { kind: 'bad'; reason: string; detail: string };

/** Turns a file's records into outcomes, with the columns found in its header. */
export interface RecordReader {
  readonly deactivationList: boolean;
  read(record: CsvRecord): RecordOutcome;
}

// NPPES publishes deactivation reasons as codes, when it publishes them at all.
const DEACTIVATION_REASONS: Record<string, string> = {
  DT: 'deactivated in NPPES: death',
  DB: 'deactivated in NPPES: disbandment',
  FR: 'deactivated in NPPES: fraud',
  OT: 'deactivated in NPPES: other reason',
};
const UNPUBLISHED_REASON = 'deactivated in NPPES (reason not published)';

/** The reader for a file with this header: the NPPES data file, or the deactivation list. */
export function recordReaderFor(fileName: string, header: string[], inScope: ReadonlySet<string>): RecordReader {
  const names = header.map((name) => name.trim());
  const has = (name: string) => names.includes(name);
  if (!has(NPPES_COLUMNS.entityType) && has(DEACTIVATION_LIST_COLUMNS.deactivatedOn)) {
    return new DeactivationListReader(new ColumnIndex(fileName, names));
  }
  return new PractitionerFileReader(new ColumnIndex(fileName, names), inScope);
}

class ColumnIndex {
  private readonly positions = new Map<string, number>();

  constructor(
    private readonly fileName: string,
    readonly names: string[],
  ) {
    names.forEach((name, index) => {
      if (!this.positions.has(name)) this.positions.set(name, index);
    });
  }

  /** Every required column, or an error naming the missing ones (before anything is read or written). */
  require(columns: readonly string[]): number[] {
    const missing = columns.filter((name) => !this.positions.has(name));
    if (missing.length) {
      throw new RegistryFileError(
        this.fileName,
        `the header has no ${missing.map((name) => `"${name}"`).join(', ')} column${missing.length > 1 ? 's' : ''}`,
      );
    }
    return columns.map((name) => this.positions.get(name)!);
  }

  oneOf(columns: readonly string[]): number {
    const found = columns.find((name) => this.positions.has(name));
    if (found === undefined) this.require([columns[0]]);
    return this.positions.get(found!)!;
  }

  has(name: string): boolean {
    return this.positions.has(name);
  }
}

const text = (record: CsvRecord, index: number): string | null => {
  if (record.fieldLength(index) === 0) return null;
  const value = record.field(index).trim();
  return value === '' ? null : value;
};

class InvalidField extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** MM/DD/YYYY as YYYY-MM-DD; empty is null; anything else, or a day that does not exist, is the row's fault. */
function date(record: CsvRecord, index: number, column: string): string | null {
  const value = text(record, index);
  if (value === null) return null;
  const match = /^([0-9]{2})\/([0-9]{2})\/([0-9]{4})$/.exec(value);
  if (!match || !isCalendarDate(+match[3], +match[1], +match[2])) {
    throw new InvalidField('invalid date', `"${value}" in ${column} is not a real MM/DD/YYYY date`);
  }
  return `${match[3]}-${match[1]}-${match[2]}`;
}

function npi(record: CsvRecord, index: number): string {
  const value = record.field(index).trim();
  if (!isValidNpi(value))
    throw new InvalidField('invalid NPI', `NPI "${value}" is not ten digits with a valid check digit`);
  return value;
}

function withColumnCount(record: CsvRecord, expected: number, read: () => RecordOutcome): RecordOutcome {
  if (record.malformed) {
    return { kind: 'bad', reason: 'malformed quoting', detail: 'text after a closing quote' };
  }
  if (record.fieldCount !== expected) {
    return {
      kind: 'bad',
      reason: 'wrong column count',
      detail: `${record.fieldCount} columns where the header has ${expected}`,
    };
  }
  try {
    return read();
  } catch (error) {
    if (error instanceof InvalidField) return { kind: 'bad', reason: error.reason, detail: error.detail };
    throw error;
  }
}

const ENTITY_INDIVIDUAL = 0x31; // "1"
const ENTITY_ORGANIZATION = 0x32; // "2"
const PRIMARY = 'Y';

class PractitionerFileReader implements RecordReader {
  readonly deactivationList = false;
  private readonly at: Record<NppesField, number>;
  private readonly sexCode: number;
  private readonly slots: ReturnType<typeof taxonomySlotColumns>[];
  private readonly slotAt: { code: number; licenseNumber: number; licenseState: number; primarySwitch: number }[];

  constructor(
    private readonly columns: ColumnIndex,
    private readonly inScope: ReadonlySet<string>,
  ) {
    const fields = Object.keys(NPPES_COLUMNS) as NppesField[];
    const positions = columns.require(fields.map((field) => NPPES_COLUMNS[field]));
    this.at = Object.fromEntries(fields.map((field, i) => [field, positions[i]])) as Record<NppesField, number>;
    this.sexCode = columns.oneOf(SEX_CODE_COLUMNS);
    // Slot 1 must be there; the others are read as far as the file has them.
    this.slots = Array.from({ length: TAXONOMY_SLOTS }, (_, i) => taxonomySlotColumns(i + 1)).filter(
      (slot, i) => i === 0 || columns.has(slot.code),
    );
    this.slotAt = this.slots.map((slot) => {
      const [code, licenseNumber, licenseState, primarySwitch] = columns.require(Object.values(slot));
      return { code, licenseNumber, licenseState, primarySwitch };
    });
  }

  read(record: CsvRecord): RecordOutcome {
    return withColumnCount(record, this.columns.names.length, () => this.readChecked(record));
  }

  private readChecked(record: CsvRecord): RecordOutcome {
    const at = this.at;
    const id = npi(record, at.npi);
    const entity = record.firstByte(at.entityType);
    if (entity === ENTITY_ORGANIZATION && record.fieldLength(at.entityType) === 1) {
      return { kind: 'left out', reason: LeftOut.ORGANIZATION };
    }
    if (entity === -1) return this.bareDeactivation(record, id);
    if (entity !== ENTITY_INDIVIDUAL || record.fieldLength(at.entityType) !== 1) {
      throw new InvalidField('unknown entity type', `entity type "${record.field(at.entityType)}" is neither 1 nor 2`);
    }
    // Scope first: most individuals are left out, and their other fields are never decoded.
    if (
      !this.slotAt.some((slot) => record.fieldLength(slot.code) > 0 && this.inScope.has(record.field(slot.code).trim()))
    ) {
      return { kind: 'left out', reason: LeftOut.OUT_OF_SCOPE };
    }
    return { kind: 'practitioner', row: this.practitioner(record, id) };
  }

  // Deactivated NPIs appear in full files with little more than the NPI and the deactivation date.
  private bareDeactivation(record: CsvRecord, id: string): RecordOutcome {
    const deactivatedOn = date(record, this.at.deactivatedOn, NPPES_COLUMNS.deactivatedOn);
    if (!deactivatedOn) throw new InvalidField('no entity type', 'no entity type and no deactivation date');
    return {
      kind: 'deactivation',
      row: {
        npi: id,
        deactivatedOn,
        reactivatedOn: date(record, this.at.reactivatedOn, NPPES_COLUMNS.reactivatedOn),
        deactivationReason: deactivationReason(text(record, this.at.deactivationReason)),
      },
    };
  }

  private practitioner(record: CsvRecord, id: string): PractitionerRow {
    const at = this.at;
    const taxonomies: RegistryTaxonomy[] = [];
    for (const slot of this.slotAt) {
      const code = text(record, slot.code);
      if (!code) continue;
      taxonomies.push({
        code,
        licenseNumber: text(record, slot.licenseNumber),
        licenseState: text(record, slot.licenseState),
        primary: text(record, slot.primarySwitch) === PRIMARY,
      });
    }
    const deactivatedOn = date(record, at.deactivatedOn, NPPES_COLUMNS.deactivatedOn);
    return {
      npi: id,
      lastName: text(record, at.lastName),
      firstName: text(record, at.firstName),
      middleName: text(record, at.middleName),
      namePrefix: text(record, at.namePrefix),
      nameSuffix: text(record, at.nameSuffix),
      credentials: text(record, at.credentials),
      sexCode: text(record, this.sexCode),
      taxonomies,
      primaryTaxonomyCode: taxonomies.find((taxonomy) => taxonomy.primary)?.code ?? null,
      practiceLine1: text(record, at.practiceLine1),
      practiceLine2: text(record, at.practiceLine2),
      practiceCity: text(record, at.practiceCity),
      practiceState: text(record, at.practiceState),
      practicePostalCode: text(record, at.practicePostalCode),
      practicePhone: text(record, at.practicePhone),
      enumeratedOn: date(record, at.enumeratedOn, NPPES_COLUMNS.enumeratedOn),
      lastUpdatedOn: date(record, at.lastUpdatedOn, NPPES_COLUMNS.lastUpdatedOn),
      deactivatedOn,
      deactivationReason: deactivatedOn ? deactivationReason(text(record, at.deactivationReason)) : null,
      reactivatedOn: date(record, at.reactivatedOn, NPPES_COLUMNS.reactivatedOn),
    };
  }
}

/** The registry's words for an NPPES deactivation reason code (null: none published). */
export function deactivationReason(code: string | null): string {
  if (!code) return UNPUBLISHED_REASON;
  return DEACTIVATION_REASONS[code] ?? `deactivated in NPPES: reason code ${code}`;
}

class DeactivationListReader implements RecordReader {
  readonly deactivationList = true;
  private readonly npiAt: number;
  private readonly dateAt: number;

  constructor(private readonly columns: ColumnIndex) {
    [this.npiAt, this.dateAt] = columns.require([
      DEACTIVATION_LIST_COLUMNS.npi,
      DEACTIVATION_LIST_COLUMNS.deactivatedOn,
    ]);
  }

  read(record: CsvRecord): RecordOutcome {
    return withColumnCount(record, this.columns.names.length, () => {
      const id = npi(record, this.npiAt);
      const deactivatedOn = date(record, this.dateAt, DEACTIVATION_LIST_COLUMNS.deactivatedOn);
      if (!deactivatedOn) throw new InvalidField('invalid date', 'no deactivation date');
      return {
        kind: 'deactivation',
        row: { npi: id, deactivatedOn, reactivatedOn: null, deactivationReason: UNPUBLISHED_REASON },
      };
    });
  }
}
