import { aRegistryRow } from '@test/factories/registry.factory';
import { credentialsOf, fromCapitals, licenseTypeFor, prefillFromRegistry, PrefillContext } from './registry-prefill';
import { isActiveRecord, RegistryRecord } from './registry.models';

const IN_SCOPE = ['207VG0400X', '363LF0000X', '207V00000X'];
const WICHITA = { zip: '67202', city: 'Wichita', state: 'KS', latitude: 37.69, longitude: -97.34 };
const context: PrefillContext = {
  inScope: (code) => IN_SCOPE.includes(code),
  locate: (zip) => (zip === '67202' ? WICHITA : null),
};

function record(overrides: Partial<RegistryRecord> = {}): RegistryRecord {
  return {
    ...aRegistryRow({ npi: '9500000018', firstName: 'MARY-JO', lastName: "O'NEIL", credentials: 'D.O., M.P.H.' }),
    namePrefix: null,
    nameSuffix: null,
    enumeratedOn: null,
    lastUpdatedOn: null,
    ...overrides,
  };
}

describe('prefillFromRegistry', () => {
  it('takes the legal names out of capitals and the credentials out of their dots', () => {
    const { vetted } = prefillFromRegistry(record(), context)!;
    expect(vetted).toMatchObject({
      npi: '9500000018',
      firstName: 'Mary-Jo',
      lastName: "O'Neil",
      chosenName: null,
      credentials: ['DO', 'MPH'],
      careAttributes: [],
    });
  });

  it('keeps only in-scope specialties, the registry’s primary staying primary when in scope', () => {
    const taxonomies = [
      { code: '2084P0800X', licenseNumber: null, licenseState: null, primary: true },
      { code: '363LF0000X', licenseNumber: null, licenseState: null, primary: false },
      { code: '207VG0400X', licenseNumber: null, licenseState: null, primary: false },
    ];
    expect(prefillFromRegistry(record({ taxonomies }), context)!.vetted.specialties).toEqual([
      { code: '363LF0000X', primary: true },
      { code: '207VG0400X', primary: false },
    ]);
    const primaryInScope = taxonomies.map((t) => ({ ...t, primary: t.code === '207VG0400X' }));
    expect(prefillFromRegistry(record({ taxonomies: primaryInScope }), context)!.vetted.specialties).toEqual([
      { code: '363LF0000X', primary: false },
      { code: '207VG0400X', primary: true },
    ]);
  });

  it('cannot start a listing without an in-scope taxonomy or a name', () => {
    const outOfScope = [{ code: '2084P0800X', licenseNumber: null, licenseState: null, primary: true }];
    expect(prefillFromRegistry(record({ taxonomies: outOfScope }), context)).toBeNull();
    expect(prefillFromRegistry(record({ firstName: ' ' }), context)).toBeNull();
  });

  it('places the practice by the five digits of its ZIP+4, or leaves the location out when the ZIP is unknown', () => {
    const { open } = prefillFromRegistry(record({ practiceLine2: 'STE 200' }), context)!;
    expect(open.locations).toEqual([
      {
        name: null,
        street: '100 N Main St, Ste 200',
        hideStreet: false,
        city: 'Wichita',
        state: 'KS',
        zip: '67202',
        latitude: 37.69,
        longitude: -97.34,
        phone: '3165550100',
      },
    ]);
    expect(prefillFromRegistry(record({ practicePostalCode: '999991234' }), context)!.open.locations).toEqual([]);
  });

  it('turns the taxonomy slots into licenses without an expiry, which the registry does not give', () => {
    const taxonomies = [
      { code: '207VG0400X', licenseNumber: ' KS-1 ', licenseState: 'KS', primary: true },
      { code: '207V00000X', licenseNumber: 'KS-1', licenseState: 'KS', primary: false },
      { code: '363LF0000X', licenseNumber: 'MO-7', licenseState: 'MO', primary: false },
      { code: '363LF0000X', licenseNumber: 'ZZ-7', licenseState: 'ZZ', primary: false },
      { code: '363LF0000X', licenseNumber: null, licenseState: 'KS', primary: false },
    ];
    expect(prefillFromRegistry(record({ taxonomies }), context)!.vetted.licenses).toEqual([
      { state: 'KS', licenseType: 'DO', number: 'KS-1', expiresOn: null },
      { state: 'MO', licenseType: 'APRN', number: 'MO-7', expiresOn: null },
    ]);
  });
});

describe('the prefill’s pieces', () => {
  it('leaves mixed-case names as they are', () => {
    expect(fromCapitals('McDonald')).toBe('McDonald');
    expect(fromCapitals('  DE LA  CRUZ ')).toBe('De La Cruz');
  });

  it('drops what no listing accepts as a credential, keeping six at most', () => {
    expect(credentialsOf('M.D.; PhD, 1, MD')).toEqual(['MD', 'PHD']);
    expect(credentialsOf(null)).toEqual([]);
    expect(credentialsOf('AA BB CC DD EE FF GG')).toHaveLength(6);
  });

  it('names the license a taxonomy needs', () => {
    expect(licenseTypeFor('207VG0400X', ['MD'])).toBe('MD');
    expect(licenseTypeFor('207Q00000X', ['DO'])).toBe('DO');
    expect(licenseTypeFor('363A00000X', ['PA-C'])).toBe('PA');
    expect(licenseTypeFor('367A00000X', [])).toBe('CNM');
    expect(licenseTypeFor('261QR0405X', ['LCSW'])).toBe('LCSW');
    expect(licenseTypeFor('261QR0405X', [])).toBe('OTHER');
  });
});

describe('isActiveRecord', () => {
  it('is active unless deactivated and not reactivated on or after that', () => {
    expect(isActiveRecord({ deactivatedOn: null, reactivatedOn: null })).toBe(true);
    expect(isActiveRecord({ deactivatedOn: '2026-01-01', reactivatedOn: null })).toBe(false);
    expect(isActiveRecord({ deactivatedOn: '2026-01-01', reactivatedOn: '2025-06-01' })).toBe(false);
    expect(isActiveRecord({ deactivatedOn: '2026-01-01', reactivatedOn: '2026-03-01' })).toBe(true);
  });
});
