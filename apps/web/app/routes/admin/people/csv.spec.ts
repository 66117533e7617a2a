import { csvField } from './csv';

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('APPROVE')).toBe('APPROVE');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('lapsed, per "the board"\nsee file')).toBe('"lapsed, per ""the board""\nsee file"');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
  });
});
