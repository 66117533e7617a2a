import { csvField, csvOf, csvStreamDownload } from './csv';

describe('CSV exports', () => {
  it('quotes fields holding quotes, commas or line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('said "no"')).toBe('"said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('neutralises a field a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
  });

  it('writes a header and one CRLF-ended line per row', () => {
    expect(csvOf(['a', 'b'], [['1', null]])).toBe('a,b\r\n1,\r\n');
  });

  it('streams a download page by page, the header first', async () => {
    const pages: Array<Array<Array<string | null>>> = [[['1', 'a, b']], [], [['2', null]]];
    const response = csvStreamDownload(
      'list.csv',
      ['n', 'v'],
      (async function* () {
        for (const page of pages) yield await Promise.resolve(page);
      })(),
    );
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="list.csv"');
    expect(await response.text()).toBe('n,v\r\n1,"a, b"\r\n2,\r\n');
  });
});
