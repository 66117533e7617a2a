import { matchRegistryName, RegistryNameMatch } from './registry-name-match';

describe('matchRegistryName', () => {
  const listing = { firstName: 'José', lastName: "O'Neil-García" };

  it('matches whatever the case, accents, punctuation and spacing', () => {
    expect(matchRegistryName(listing, { firstName: 'JOSE', lastName: 'ONEIL GARCIA' })).toBe(RegistryNameMatch.MATCH);
    expect(matchRegistryName(listing, { firstName: ' jose ', lastName: "o'neil  garcia" })).toBe(
      RegistryNameMatch.MATCH,
    );
  });

  it('is partial when only the last name matches, or one last name holds the other', () => {
    expect(matchRegistryName(listing, { firstName: 'JOSEPH', lastName: "O'NEIL-GARCIA" })).toBe(
      RegistryNameMatch.PARTIAL,
    );
    expect(matchRegistryName(listing, { firstName: 'JOSE', lastName: 'GARCIA' })).toBe(RegistryNameMatch.PARTIAL);
  });

  it('is a mismatch when the last names differ or the registry has none', () => {
    expect(matchRegistryName(listing, { firstName: 'JOSE', lastName: 'SMITH' })).toBe(RegistryNameMatch.MISMATCH);
    expect(matchRegistryName(listing, { firstName: 'JOSE', lastName: null })).toBe(RegistryNameMatch.MISMATCH);
  });

  it('says when the registry has no record', () => {
    expect(matchRegistryName(listing, null)).toBe(RegistryNameMatch.NOT_IN_REGISTRY);
  });
});
