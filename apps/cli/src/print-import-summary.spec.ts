import { RegistryFileKind, RegistryImportSummary } from '@app/directory';
import { printImportSummary as sut } from './print-import-summary';

const summary: RegistryImportSummary = {
  fileName: 'npidata_pfile_20240603-20240609.csv',
  kind: RegistryFileKind.WEEKLY,
  dataDate: '2024-06-09',
  rowsRead: 12_000,
  rowsKept: 4_000,
  rowsSkipped: 8_000,
  skippedByReason: { 'no in-scope taxonomy': 7_998, 'invalid NPI': 2 },
  badLines: [
    { line: 17, reason: 'invalid NPI', detail: 'NPI "1234567890" is not ten digits with a valid check digit' },
  ],
  rowsChanged: 310,
  newlyDeactivated: 3,
  listingsFlagged: 1,
  seconds: 1.26,
};

describe('printImportSummary', () => {
  it('says what was kept, skipped and why, with the bad lines, then what changed', () => {
    const lines: string[] = [];
    sut(summary, (line) => lines.push(line));

    expect(lines).toEqual([
      'npidata_pfile_20240603-20240609.csv: WEEKLY file of 2024-06-09, 12,000 rows in 1.3 s',
      '  kept 4,000, skipped 8,000',
      '    7,998 no in-scope taxonomy',
      '    2 invalid NPI',
      '  first bad lines:',
      '    line 17: invalid NPI: NPI "1234567890" is not ten digits with a valid check digit',
      '  registry rows added or changed: 310',
      '  NPIs newly deactivated: 3',
      '  approved listings flagged for re-verification: 1',
    ]);
  });
});
