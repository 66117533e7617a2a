import { Role } from '@app/auth';
import { ErrorCategory } from '@app/shared';
import { insertAccount } from '@test/factories/account.factory';
import { aListingInput } from '@test/factories/listing-input.factory';
import { insertOwnedListing } from '@test/factories/listing-rows.factory';
import { isPublished } from '@test/support/read-model';
import { useTestServices } from '@test/support/use-test-services';
import { DirectoryModule } from '../directory.module';
import { SaveListingInput } from '../dto/save-listing.input';
import { ListingAction, ListingStatus, TRANSITIONS } from './listing-lifecycle';
import { MyListingService } from './my-listing.service';

/** saveMyListing's input as the resolver hands it over, once GraphQL and the validation pipe have passed it. */
const inputOf = (overrides: Record<string, unknown> = {}) => aListingInput(overrides) as unknown as SaveListingInput;

describe('A provider’s own listing: saving and submitting, on real rows', () => {
  const { get, database } = useTestServices([DirectoryModule]);
  const listings = () => get(MyListingService);
  const newProvider = () => insertAccount(database(), Role.PROVIDER);
  const isPublic = (id: string) => isPublished(database(), id);

  describe('the state machine: every status against submitting and withdrawing', () => {
    const cases = Object.values(ListingStatus).flatMap((status) =>
      [ListingAction.SUBMIT, ListingAction.WITHDRAW].map((action) => [status, action] as const),
    );

    it.each(cases)('from %s, %s', async (status, action) => {
      const { listing, owner } = await insertOwnedListing(database(), { status });
      const stored = () => database().query('SELECT status, version FROM providers WHERE id = $1', [listing.id]);
      const before = await stored();
      const stepping = action === ListingAction.SUBMIT ? listings().submit(owner) : listings().withdraw(owner);
      if (TRANSITIONS[action].from.includes(status)) {
        expect((await stepping).listing.status).toBe(TRANSITIONS[action].to);
      } else {
        await expect(stepping).rejects.toMatchObject({
          category: ErrorCategory.CONFLICT,
          details: [{ field: 'status', reason: status }],
        });
        expect(await stored()).toEqual(before);
      }
    });
  });

  describe('refuses what the vocabularies and the rules do not allow, naming the field', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['an NPI failing its check digit', { npi: '1234567890' }, 'npi'],
      ['an unknown specialty', { specialties: [{ specialty: 'astrology', primary: true }] }, 'specialties.0.specialty'],
      [
        'a taxonomy code outside the scope',
        { specialties: [{ specialty: 'gynecology' }, { specialty: '208600000X', primary: true }] },
        'specialties.1.specialty',
      ],
      ['an unknown ZIP code', { locations: [{ zip: '00000', hideStreet: false }] }, 'locations.0.zip'],
      ['an unknown care attribute', { careAttributes: ['lgbtq-affirming', 'mind-reading'] }, 'careAttributes'],
      [
        'two primary specialties',
        {
          specialties: [
            { specialty: 'gynecology', primary: true },
            { specialty: 'family-medicine', primary: true },
          ],
        },
        'specialties',
      ],
      ['an outdated attestation', { attestation: { version: '2020-01-01' } }, 'attestation.version'],
      ['a chosen first name without a last one', { chosenName: 'Rowan' }, 'chosenLastName'],
      ['a chosen last name without a first one', { chosenLastName: 'Vale', chosenName: ' ' }, 'chosenName'],
    ])('%s', async (_case, change, field) => {
      const provider = await newProvider();
      await expect(listings().save(provider, inputOf(change))).rejects.toMatchObject({
        category: ErrorCategory.BAD_USER_INPUT,
        details: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      expect(await listings().find(provider)).toBeNull();
    });
  });

  it('refuses to create a second listing for an NPI already listed, pointing to a claim', async () => {
    const input = inputOf();
    await listings().save(await newProvider(), input);
    await expect(listings().save(await newProvider(), inputOf({ npi: input.npi }))).rejects.toMatchObject({
      category: ErrorCategory.CONFLICT,
      code: 'DIRECTORY.NPI_ALREADY_LISTED',
    });
  });

  it('submits, withdraws and resubmits; edits only while not under review', async () => {
    const provider = await newProvider();
    const input = inputOf();
    await listings().save(provider, input);
    expect((await listings().submit(provider)).listing.status).toBe('SUBMITTED');
    await expect(listings().save(provider, { ...input, bio: 'while submitted' })).rejects.toMatchObject({
      category: ErrorCategory.CONFLICT,
      details: [{ field: 'status', reason: 'SUBMITTED' }],
    });
    expect((await listings().withdraw(provider)).listing.status).toBe('DRAFT');
    await expect(listings().withdraw(provider)).rejects.toMatchObject({
      category: ErrorCategory.CONFLICT,
      details: [{ field: 'status', reason: 'DRAFT' }],
    });
    expect((await listings().save(provider, { ...input, bio: 'after withdrawing' })).listing.status).toBe('DRAFT');
  });

  it('says a provider without a listing has nothing to submit', async () => {
    await expect(listings().submit(await newProvider())).rejects.toMatchObject({
      category: ErrorCategory.NOT_FOUND,
      code: 'DIRECTORY.NO_LISTING',
    });
  });

  it('keeps the legal name beside the chosen one, for the provider and vetting', async () => {
    const saved = await listings().save(
      await newProvider(),
      inputOf({ firstName: 'Margaret', lastName: 'Okafor', chosenName: ' Rowan ', chosenLastName: 'Vale' }),
    );
    expect(saved.listing).toMatchObject({
      firstName: 'Margaret',
      lastName: 'Okafor',
      chosenName: 'Rowan',
      chosenLastName: 'Vale',
    });
  });

  it('never shows a draft or submitted listing to the public', async () => {
    const provider = await newProvider();
    const draft = await listings().save(provider, inputOf());
    expect(await isPublic(draft.listing.id)).toBe(false);
    await listings().submit(provider);
    expect(await isPublic(draft.listing.id)).toBe(false);
  });

  it('keeps vetted changes to an approved listing in a revision, and refuses more while it is under review', async () => {
    const { listing, owner } = await insertOwnedListing(database());
    const input = inputOf({ npi: listing.npi, lastName: listing.lastName });
    const saved = await listings().save(owner, { ...input, firstName: 'Renamed' });
    expect(saved.listing).toMatchObject({ status: 'APPROVED', firstName: listing.firstName });
    expect(saved.revisions.map((r) => r.status)).toEqual(['DRAFT']);
    await listings().submit(owner);
    await expect(listings().save(owner, { ...input, firstName: 'Again' })).rejects.toMatchObject({
      category: ErrorCategory.CONFLICT,
      code: 'DIRECTORY.REVISION_UNDER_REVIEW',
    });
  });
});
