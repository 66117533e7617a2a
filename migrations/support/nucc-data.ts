import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const NUCC_DATA = join('data', 'nucc');

/**
 * Reads one of the checked-in NUCC files as rows keyed by header, values trimmed, `#` lines skipped. Migrations run
 * from their TypeScript sources (tests) and from dist/migrations (npm start, the CLI, the image), so the file is
 * looked for in the nearest folder above this one that holds data/nucc: the repository (or image) root.
 */
export function readNuccFile(fileName: string): Array<Record<string, string>> {
  return parse(readFileSync(nuccFilePath(fileName)), {
    columns: true,
    bom: true,
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
    trim: true,
  });
}

function nuccFilePath(fileName: string): string {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    const candidate = join(folder, NUCC_DATA, fileName);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) throw new Error(`${join(NUCC_DATA, fileName)} not found above ${__dirname}`);
  }
}
