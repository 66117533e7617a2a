import { FieldProblem, InvalidInputError, isValidNpi } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { SaveListingInput } from '../dto/save-listing.input';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { ZipCodeLocator } from '../zip/zip-code.locator';
import { AFFIRMING_CARE_ATTESTATION } from './affirming-care-attestation';
import { LocationFields, OpenFields, VettedFields } from './listing-fields';

export interface NormalizedListing {
  vetted: VettedFields;
  open: OpenFields;
  /** The attestation version affirmed with this save, if any. */
  attestationVersion: string | null;
}

/** Checks input against the vocabularies, resolves ZIP codes and shapes it into vetted and open fields. */
@Injectable()
export class ListingInputNormalizer {
  constructor(
    private readonly vocabulary: VocabularyService,
    private readonly zips: ZipCodeLocator,
  ) {}

  normalize(input: SaveListingInput): NormalizedListing {
    this.assertRules(input);
    this.vocabulary.assertCareAttributes(input.careAttributes, 'careAttributes');
    this.vocabulary.assertLanguages(input.languages, 'languages');
    this.vocabulary.assertInsurancePlans(input.insurancePlans, 'insurancePlans');
    const codes = input.specialties.map(
      (s, i) => this.vocabulary.resolveSpecialty(s.specialty, specialtyField(i)).code,
    );
    if (new Set(codes).size !== codes.length)
      throw InvalidInputError.field('specialties', 'lists the same specialty twice');
    // Without an explicit choice the first specialty is the primary one.
    const primaryIndex = Math.max(
      input.specialties.findIndex((s) => s.primary),
      0,
    );
    return {
      vetted: {
        npi: input.npi,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        chosenName: input.chosenName?.trim() || null,
        chosenLastName: input.chosenLastName?.trim() || null,
        credentials: input.credentials,
        specialties: codes.map((code, i) => ({ code, primary: i === primaryIndex })),
        careAttributes: unique(input.careAttributes),
        licenses: input.licenses.map(({ state, licenseType, number, expiresOn }) => ({
          state,
          licenseType,
          number: number.trim(),
          expiresOn,
        })),
      },
      open: {
        pronouns: input.pronouns ?? null,
        bio: input.bio ?? null,
        phone: input.phone ?? null,
        acceptingNewPatients: input.acceptingNewPatients,
        offersTelehealth: input.offersTelehealth,
        languages: unique(input.languages),
        insurancePlans: unique(input.insurancePlans),
        locations: input.locations.map((location, i) => this.locate(location, i)),
      },
      attestationVersion: input.attestation?.version ?? null,
    };
  }

  /** Checks the specialties against the ones the listing has now (a retired code may stay, not be added). */
  assertChoosableSpecialties(listing: NormalizedListing, current: string[]): void {
    const codes = listing.vetted.specialties.map((s) => s.code);
    this.vocabulary.assertChoosableSpecialties(codes, current, specialtyField);
  }

  private assertRules(input: SaveListingInput): void {
    const problems: FieldProblem[] = [];
    if (!isValidNpi(input.npi)) problems.push({ field: 'npi', reason: 'fails the NPI check digit' });
    // Half a chosen name beside half the legal one would still point to the legal name.
    const givesChosenName = Boolean(input.chosenName?.trim());
    if (givesChosenName !== Boolean(input.chosenLastName?.trim())) {
      const missing = givesChosenName ? 'chosenLastName' : 'chosenName';
      problems.push({ field: missing, reason: 'a chosen name needs both its first and last name' });
    }
    if (input.specialties.filter((s) => s.primary).length > 1)
      problems.push({ field: 'specialties', reason: 'only one can be primary' });
    const licenseKeys = input.licenses.map((l) => `${l.state}|${l.licenseType}|${l.number.trim()}`);
    if (new Set(licenseKeys).size !== licenseKeys.length)
      problems.push({ field: 'licenses', reason: 'lists the same license twice' });
    const attested = input.attestation?.version;
    if (attested && attested !== AFFIRMING_CARE_ATTESTATION.version) {
      problems.push({
        field: 'attestation.version',
        reason: `the current statement is version ${AFFIRMING_CARE_ATTESTATION.version}`,
      });
    }
    if (problems.length) throw new InvalidInputError(problems);
  }

  private locate(location: SaveListingInput['locations'][number], index: number): LocationFields {
    const place = this.zips.locate(location.zip, `locations.${index}.zip`);
    return {
      name: location.name ?? null,
      street: location.street ?? null,
      hideStreet: location.hideStreet,
      city: location.city?.trim() || place.city,
      state: place.state,
      zip: place.zip,
      latitude: place.latitude,
      longitude: place.longitude,
      phone: location.phone ?? null,
    };
  }
}

// Normalizing keeps the input's order, so an index names the input's entry.
function specialtyField(index: number): string {
  return `specialties.${index}.specialty`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
