import { FieldProblem, InvalidInputError } from '@app/shared';
import { CsvError, parse } from 'csv-parse/sync';
import { SpecialtyCategory } from '../search/search-criteria';

/** One code of a NUCC taxonomy release, as the directory keeps it. */
export interface TaxonomyCode {
  code: string;
  name: string;
  grouping: string;
  classification: string;
  specialization: string | null;
  definition: string | null;
}

/** A code the scope file puts in the directory's scope. */
export interface ScopeEntry {
  code: string;
  category: SpecialtyCategory;
  slug: string;
}

/** A CSV file named as the person running the import gave it, so errors can name it. */
export interface NamedFile {
  name: string;
  content: string | Buffer;
}

const CODE = /^[0-9]{3}[0-9A-Z]{6}X$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CATEGORIES: string[] = Object.values(SpecialtyCategory);

// NUCC's header names; Notes and Section are not kept.
const RELEASE_COLUMNS = {
  code: 'Code',
  name: 'Display Name',
  grouping: 'Grouping',
  classification: 'Classification',
  specialization: 'Specialization',
  definition: 'Definition',
} as const;
const SCOPE_COLUMNS = { code: 'code', category: 'category', slug: 'slug' } as const;

/** Reads a NUCC release CSV (columns found by header name); refuses the whole file on any problem. */
export function parseTaxonomyRelease(file: NamedFile): TaxonomyCode[] {
  const codes = readTable(file, RELEASE_COLUMNS).map((row) => ({
    ...row,
    specialization: row.specialization || null,
    definition: row.definition || null,
  }));
  assertValid([
    ...codes.flatMap((c, i) => rowProblems(file, i, !CODE.test(c.code) && `code "${c.code}" is not a taxonomy code`)),
    ...codes.flatMap((c, i) => rowProblems(file, i, !c.name && 'has no Display Name')),
    ...codes.flatMap((c, i) => rowProblems(file, i, !(c.grouping && c.classification) && 'lacks its grouping')),
    ...repeated(file, codes, 'code'),
  ]);
  if (codes.length === 0) throw InvalidInputError.field(file.name, 'has no codes');
  return codes;
}

/** Reads the directory's scope file: code, category and slug of every code in scope; `#` lines are comments. */
export function parseDirectoryScope(file: NamedFile): ScopeEntry[] {
  const rows = readTable(file, SCOPE_COLUMNS);
  assertValid([
    ...rows.flatMap((r, i) => rowProblems(file, i, !CODE.test(r.code) && `code "${r.code}" is not a taxonomy code`)),
    ...rows.flatMap((r, i) =>
      rowProblems(file, i, !CATEGORIES.includes(r.category) && `category must be ${CATEGORIES.join(' or ')}`),
    ),
    ...rows.flatMap((r, i) => rowProblems(file, i, !SLUG.test(r.slug) && `slug "${r.slug}" is not lowercase-kebab`)),
    ...repeated(file, rows, 'code'),
    ...repeated(file, rows, 'slug'),
  ]);
  return rows.map((row) => ({ ...row, category: row.category as SpecialtyCategory }));
}

function readTable<K extends string>(file: NamedFile, columns: Record<K, string>): Array<Record<K, string>> {
  const [header = [], ...records] = readCsv(file);
  const missing = Object.values<string>(columns).filter((name) => !header.includes(name));
  if (missing.length) {
    throw InvalidInputError.field(file.name, `has no ${missing.map((name) => `"${name}"`).join(', ')} column`);
  }
  const keys = Object.keys(columns) as K[];
  return records.map(
    (record) =>
      Object.fromEntries(keys.map((key) => [key, record[header.indexOf(columns[key])] ?? ''])) as Record<K, string>,
  );
}

function readCsv(file: NamedFile): string[][] {
  try {
    return parse(file.content, {
      bom: true,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (error) {
    if (error instanceof CsvError) throw InvalidInputError.field(file.name, `is not CSV: ${error.message}`);
    throw error;
  }
}

// Rows are numbered from 1 after the header, as a spreadsheet shows them less one.
function rowProblems(file: NamedFile, index: number, reason: string | false): FieldProblem[] {
  return reason ? [{ field: `${file.name} row ${index + 1}`, reason }] : [];
}

function repeated<K extends string>(file: NamedFile, rows: Array<Record<K, string>>, key: K): FieldProblem[] {
  const seen = new Set<string>();
  return rows.flatMap((row, index) => {
    const value = row[key];
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return rowProblems(file, index, `repeats the ${key} "${value}"`);
  });
}

function assertValid(problems: FieldProblem[]): void {
  if (problems.length) throw new InvalidInputError(problems);
}
