import { isValidNpi, withNpiCheckDigit } from './npi';

describe('NPI check digit', () => {
  // Issued NPIs from the public CMS NPPES file (used here only to prove the check digit rule).
  const issued = [
    '1255334207',
    '1740283779',
    '1982607917',
    '1316940463',
    '1023011061',
    '1588667539',
    '1922001940',
    '1710980735',
  ];

  it.each(issued)('accepts the issued NPI %s', (npi) => {
    expect(isValidNpi(npi)).toBe(true);
  });

  it('accepts the example from the CMS specification', () => {
    expect(isValidNpi('1234567893')).toBe(true);
  });

  it.each(['1234567890', '1255334208', '123456789', '12345678930', '12345678a3', ''])('refuses %p', (value) => {
    expect(isValidNpi(value)).toBe(false);
  });

  it('builds a valid NPI from nine digits', () => {
    const sut = withNpiCheckDigit;
    expect(sut('123456789')).toBe('1234567893');
    for (const nine of ['900000000', '900000601', '987654321']) expect(isValidNpi(sut(nine))).toBe(true);
  });

  it('refuses to build from anything but nine digits', () => {
    expect(() => withNpiCheckDigit('12345')).toThrow();
  });
});
