import { CsvScanner, TruncatedCsvError } from './csv-scanner';

interface Scanned {
  line: number;
  fields: string[];
  malformed: boolean;
}

/** Every record of `text` fed in chunks of `chunkSize` bytes, and what is left at the end. */
function scan(text: string, chunkSize = text.length): { records: Scanned[]; last?: Scanned } {
  const scanner = new CsvScanner();
  const bytes = Buffer.from(text);
  const records: Scanned[] = [];
  const read = (record: { line: number; fieldCount: number; malformed: boolean; field(i: number): string }) => ({
    line: record.line,
    fields: Array.from({ length: record.fieldCount }, (_, i) => record.field(i)),
    malformed: record.malformed,
  });
  for (let at = 0; at < bytes.length; at += chunkSize) {
    for (const record of scanner.push(bytes.subarray(at, at + chunkSize))) records.push(read(record));
  }
  const end = scanner.end();
  return { records, last: end && read(end.record) };
}

const fields = (text: string, chunkSize?: number) => scan(text, chunkSize).records.map((r) => r.fields);

describe('CsvScanner', () => {
  it('reads quoted fields, empty ones included, as NPPES writes every field', () => {
    expect(fields('"NPI","Entity Type Code",""\n"1234567893","1",""\n')).toEqual([
      ['NPI', 'Entity Type Code', ''],
      ['1234567893', '1', ''],
    ]);
  });

  it('unescapes doubled quotes and keeps commas and line breaks inside quotes', () => {
    expect(fields('"O""BRIEN","SUITE 4, FLOOR 2","LINE ONE\nLINE TWO"\n')).toEqual([
      ['O"BRIEN', 'SUITE 4, FLOOR 2', 'LINE ONE\nLINE TWO'],
    ]);
  });

  it('numbers records by the physical line they start on, counting line breaks inside quotes', () => {
    const { records } = scan('"a"\n"b\nc\nd"\n"e"\r\n"f"\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it('reads unquoted fields and CRLF line ends (a deactivation list saved from a spreadsheet)', () => {
    expect(fields('NPI,NPPES Deactivation Date\r\n1234567893,06/10/2024\r\n,\r\n')).toEqual([
      ['NPI', 'NPPES Deactivation Date'],
      ['1234567893', '06/10/2024'],
      ['', ''],
    ]);
  });

  it('gives the same records however the bytes are cut into chunks', () => {
    const text = '"x","y ""q"", z"\r\n"1","multi\nline"\nplain,"mixed"\n"","last"\n';
    const whole = fields(text);
    for (let size = 1; size <= text.length; size++) expect(fields(text, size)).toEqual(whole);
  });

  it('hands out a last record without a line break at the end', () => {
    const { records, last } = scan('"a","b"\n"c","d"');
    expect(records.map((r) => r.fields)).toEqual([['a', 'b']]);
    expect(last).toEqual({ line: 2, fields: ['c', 'd'], malformed: false });
    expect(scan('"a"\n').last).toBeUndefined();
  });

  it('refuses input that ends inside quotes: the file is cut short', () => {
    const scanner = new CsvScanner();
    Array.from(scanner.push(Buffer.from('"a","b"\n"c","d')));
    expect(() => scanner.end()).toThrow(TruncatedCsvError);
    expect(() => {
      const again = new CsvScanner();
      Array.from(again.push(Buffer.from('"a"\n"b"\n"c","unfinished')));
      again.end();
    }).toThrow('line 3');
  });

  it('notes text after a closing quote instead of guessing where the field ends', () => {
    const { records } = scan('"ab"c,"d"\n"e","f"\n');
    expect(records[0].malformed).toBe(true);
    expect(records[0].fields).toHaveLength(2);
    expect(records[1]).toMatchObject({ fields: ['e', 'f'], malformed: false });
  });

  it('keeps fields of records wider than its first guess', () => {
    const wide = Array.from({ length: 1500 }, (_, i) => `"${i}"`).join(',');
    const [record] = fields(`${wide}\n`);
    expect(record).toHaveLength(1500);
    expect(record[1499]).toBe('1499');
  });
});
