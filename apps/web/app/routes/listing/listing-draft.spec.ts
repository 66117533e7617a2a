import type { MyListingFieldsFragment } from '../../api/graphql.generated';
import type { PostedForm } from '../../workspace/form-data';
import {
  draftOfForm,
  draftOfListing,
  formFieldErrors,
  missingStates,
  saveInputOf,
  specialtyOptions,
} from './listing-draft';

function posted(fields: Array<[string, string]>): PostedForm {
  return {
    text: (name) => fields.find(([field]) => field === name)?.[1] ?? '',
    all: (name) => fields.filter(([field]) => field === name).map(([, value]) => value),
  };
}

describe('the listing form as saveMyListing takes it', () => {
  const form = posted([
    ['npi', ' 1234567893 '],
    ['firstName', 'Robin'],
    ['lastName', 'Okafor'],
    ['credentials', 'MD, FNP-BC'],
    ['acceptingNewPatients', 'false'],
    ['offersTelehealth', 'true'],
    ['specialties', '207VG0400X'],
    ['specialties', '207Q00000X'],
    ['primarySpecialty', '207Q00000X'],
    ['locations.0.zip', ''],
    ['locations.0.hideStreet', 'true'],
    ['locations.1.zip', '66044'],
    ['locations.2.zip', ''],
    ['licenses.0.state', ''],
    ['licenses.1.state', 'KS'],
    ['licenses.1.licenseType', 'MD'],
    ['licenses.1.number', ' 12 '],
    ['licenses.1.expiresOn', '2030-01-01'],
    ['attest', 'true'],
  ]);

  it('leaves out blank rows, so the API’s row numbers are the form’s', () => {
    const draft = draftOfForm(form);
    expect(draft.locations.map((location) => location.zip)).toEqual(['66044']);
    expect(draft.licenses).toEqual([{ state: 'KS', licenseType: 'MD', number: '12', expiresOn: '2030-01-01' }]);
  });

  it('sends the main specialty first, marked primary, and the attestation only when ticked', () => {
    const input = saveInputOf(draftOfForm(form), '2026-11-01');
    expect(input).toMatchObject({
      npi: '1234567893',
      credentials: ['MD', 'FNP-BC'],
      acceptingNewPatients: false,
      offersTelehealth: true,
      specialties: [
        { specialty: '207Q00000X', primary: true },
        { specialty: '207VG0400X', primary: false },
      ],
      attestation: { version: '2026-11-01' },
    });
    const unticked = saveInputOf({ ...draftOfForm(form), attest: false }, '2026-11-01');
    expect(unticked).not.toHaveProperty('attestation');
  });

  it('asks for the state of a license row that names none', () => {
    expect(missingStates([{ state: 'KS' }, { state: '' }])).toEqual(['licenses.1.state']);
  });
});

describe('the form of a listing started from the NPI registry', () => {
  it('shows its license with an empty expiry, for the provider to enter', () => {
    const listing = {
      npi: '1234567893',
      firstName: 'Rosa',
      lastName: 'Cruz',
      chosenName: null,
      chosenLastName: null,
      pronouns: null,
      credentials: ['MD'],
      phone: null,
      bio: null,
      acceptingNewPatients: true,
      offersTelehealth: false,
      specialties: [{ code: '207VG0400X', name: 'Gynecology Physician', primary: true }],
      careAttributes: [],
      languages: [],
      insurancePlans: [],
      locations: [],
      licenses: [{ state: 'KS', licenseType: 'MD', number: 'KS-1', expiresOn: null, verification: 'UNVERIFIED' }],
      openRevision: null,
    } as unknown as MyListingFieldsFragment;
    expect(draftOfListing(listing).licenses).toEqual([
      { state: 'KS', licenseType: 'MD', number: 'KS-1', expiresOn: '' },
    ]);
  });
});

describe('the API’s field errors', () => {
  it('land on the form field they are about', () => {
    expect(
      formFieldErrors({
        'locations.0.zip': 'must be a five-digit US ZIP code',
        'specialties.1.specialty': 'is unknown',
        'attestation.version': 'the current statement is version 2',
        'credentials.0': 'must be credentials such as MD',
        licenses: 'lists the same license twice',
      }),
    ).toEqual({
      'locations.0.zip': 'must be a five-digit US ZIP code',
      specialties: 'is unknown',
      attest: 'the current statement is version 2',
      credentials: 'must be credentials such as MD',
      licenses: 'lists the same license twice',
    });
  });
});

describe('the specialties the form offers', () => {
  const gynecology = { code: '207VG0400X', name: 'Gynecology Physician' };
  const familyMedicine = { code: '207Q00000X', name: 'Family Medicine Physician' };
  const retired = { code: '176B00000X', name: 'Midwife' };

  it('are the current ones, and a retired one only on the listing that has it', () => {
    expect(specialtyOptions([gynecology, familyMedicine], [familyMedicine, retired])).toEqual([
      { value: '207VG0400X', label: 'Gynecology Physician' },
      { value: '207Q00000X', label: 'Family Medicine Physician' },
      { value: '176B00000X', label: 'Midwife' },
    ]);
    expect(specialtyOptions([gynecology], [])).toEqual([{ value: '207VG0400X', label: 'Gynecology Physician' }]);
  });
});
