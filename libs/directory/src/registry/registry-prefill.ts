import { US_STATE_CODES } from '@app/shared';
import { LicenseFields, LocationFields, OpenFields, VettedFields } from '../listing/listing-fields';
import { ZipCodePlace } from '../zip/zip-code.locator';
import { RegistryRecord } from './registry.models';

/** What the prefill needs to know beside the record. */
export interface PrefillContext {
  /** Whether the directory lists this taxonomy (its specialty has a category). */
  inScope(code: string): boolean;
  /** The place of a five-digit ZIP code; null when it is unknown. */
  locate(zip: string): ZipCodePlace | null;
}

/** A draft's fields as the registry gives them; the provider completes the rest. */
export interface RegistryPrefill {
  vetted: VettedFields;
  open: OpenFields;
}

// The constraints of the listing's columns, as SaveListingInput checks them.
const CREDENTIAL = /^[A-Z][A-Za-z-]{1,9}$/;
const MAX_CREDENTIALS = 6;
const LICENSE_TYPE = /^[A-Z]{2,6}$/;
const PHONE = /^\+?[0-9 ()./-]{7,25}$/;
const MAX_STREET = 200;
const MAX_LICENSE_NUMBER = 40;
const STATES = new Set<string>(US_STATE_CODES);

/**
 * A listing's fields from a registry record: legal names, credentials, the in-scope specialties (the registry's
 * primary stays primary when in scope), the practice location and the licenses of the taxonomy slots. Null when the
 * record has no name or no in-scope taxonomy, which the directory cannot list.
 */
export function prefillFromRegistry(record: RegistryRecord, context: PrefillContext): RegistryPrefill | null {
  const specialties = specialtiesOf(record, context);
  if (!record.firstName?.trim() || !record.lastName?.trim() || specialties.length === 0) return null;
  const credentials = credentialsOf(record.credentials);
  const location = locationOf(record, context);
  return {
    vetted: {
      npi: record.npi,
      firstName: fromCapitals(record.firstName),
      lastName: fromCapitals(record.lastName),
      chosenName: null,
      chosenLastName: null,
      credentials,
      specialties,
      careAttributes: [],
      licenses: licensesOf(record, credentials),
    },
    // The columns' defaults for what the registry does not say; the provider sets them before submitting.
    open: {
      pronouns: null,
      bio: null,
      phone: null,
      acceptingNewPatients: true,
      offersTelehealth: false,
      languages: [],
      insurancePlans: [],
      locations: location ? [location] : [],
    },
  };
}

/** NPPES writes in capitals: "MARY-JO O'NEIL" becomes "Mary-Jo O'Neil"; mixed case stays as it is. */
export function fromCapitals(value: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_match, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
}

/** "M.D., M.P.H." → ["MD", "MPH"]: the credentials a listing accepts, each once. */
export function credentialsOf(text: string | null): string[] {
  const tokens = (text ?? '')
    .split(/[,;/\s]+/)
    .map((token) => token.replace(/\./g, '').toUpperCase())
    .filter((token) => CREDENTIAL.test(token));
  return [...new Set(tokens)].slice(0, MAX_CREDENTIALS);
}

function specialtiesOf(record: RegistryRecord, context: PrefillContext): VettedFields['specialties'] {
  const codes = [...new Set(record.taxonomies.map((t) => t.code))].filter((code) => context.inScope(code));
  const registryPrimary = record.taxonomies.find((t) => t.primary)?.code ?? record.primaryTaxonomyCode;
  const primary = registryPrimary && codes.includes(registryPrimary) ? registryPrimary : codes[0];
  return codes.map((code) => ({ code, primary: code === primary }));
}

/**
 * The licenses the taxonomy slots name. The registry gives no expiry, so none is set: the provider enters it before
 * saving the draft, and until then the license is not active (it cannot be verified, serve telehealth or approve).
 */
function licensesOf(record: RegistryRecord, credentials: string[]): LicenseFields[] {
  const licenses = new Map<string, LicenseFields>();
  for (const slot of record.taxonomies) {
    const number = slot.licenseNumber?.trim();
    const state = slot.licenseState?.trim().toUpperCase();
    if (!number || number.length > MAX_LICENSE_NUMBER || !state || !STATES.has(state)) continue;
    const license = {
      state,
      licenseType: licenseTypeFor(slot.code, credentials),
      number,
      expiresOn: null,
    };
    licenses.set(`${license.state}|${license.licenseType}|${license.number}`, license);
  }
  return [...licenses.values()];
}

/** The kind of license a taxonomy needs: nurse practitioners and clinical nurse specialists hold an APRN license. */
export function licenseTypeFor(taxonomyCode: string, credentials: string[]): string {
  if (taxonomyCode.startsWith('363L') || taxonomyCode.startsWith('364S')) return 'APRN';
  if (taxonomyCode.startsWith('363A')) return 'PA';
  if (taxonomyCode.startsWith('367A')) return 'CNM';
  if (taxonomyCode.startsWith('176B')) return 'CPM';
  // Allopathic and osteopathic physicians.
  if (taxonomyCode.startsWith('207') || taxonomyCode.startsWith('208')) return credentials.includes('DO') ? 'DO' : 'MD';
  return credentials.find((credential) => LICENSE_TYPE.test(credential)) ?? 'OTHER';
}

/** The practice address, placed by its five-digit ZIP; none when the ZIP is unknown (a location needs coordinates). */
function locationOf(record: RegistryRecord, context: PrefillContext): LocationFields | null {
  const zip = record.practicePostalCode?.replace(/\D/g, '').slice(0, 5);
  const place = zip?.length === 5 ? context.locate(zip) : null;
  if (!place) return null;
  const street = [record.practiceLine1, record.practiceLine2]
    .filter((line): line is string => Boolean(line?.trim()))
    .map(fromCapitals)
    .join(', ');
  const phone = record.practicePhone?.trim();
  return {
    name: null,
    street: street ? street.slice(0, MAX_STREET) : null,
    hideStreet: false,
    city: record.practiceCity?.trim() ? fromCapitals(record.practiceCity) : place.city,
    state: place.state,
    zip: place.zip,
    latitude: place.latitude,
    longitude: place.longitude,
    phone: phone && PHONE.test(phone) ? phone : null,
  };
}
