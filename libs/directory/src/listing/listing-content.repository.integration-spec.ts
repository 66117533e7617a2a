import { DataSource } from 'typeorm';
import { aListing, daysFromToday, license } from '@test/factories/listing.factory';
import { insertListings } from '@test/support/fixtures';
import { TestDatabase } from '@test/support/test-database';
import { VettedFields } from './listing-fields';
import { ListingRepository } from './listing.repository';
import { ListingContentRepository } from './listing-content.repository';

describe('ListingContentRepository.writeVettedFields', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const sut = new ListingContentRepository();
  const repository = new ListingRepository();

  beforeAll(async () => {
    database = await TestDatabase.create();
    dataSource = await database.dataSource();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function approvedListing() {
    const kansas = license('KS', { number: 'KS-1', expiresOn: daysFromToday(300) });
    const listing = aListing({ licenses: [kansas] });
    await insertListings(database, [listing]);
    const snapshot = await repository.snapshot(dataSource.manager, listing.id);
    if (!snapshot) throw new Error('fixture missing');
    return { listing, kansas, vetted: snapshot as VettedFields };
  }

  it('keeps the verification of an unchanged license and the evidence of a kept attribute', async () => {
    const { listing, kansas, vetted } = await approvedListing();
    await sut.writeVettedFields(dataSource.manager, listing.id, {
      ...vetted,
      careAttributes: ['lgbtq-affirming', 'trauma-informed', 'prep-pep'],
      licenses: [
        { state: 'KS', licenseType: kansas.type, number: 'KS-1', expiresOn: kansas.expiresOn },
        { state: 'MO', licenseType: 'MD', number: 'MO-1', expiresOn: daysFromToday(500) },
      ],
    });
    const after = await repository.snapshot(dataSource.manager, listing.id);
    expect(after?.licenseRecords.map((l) => [l.state, l.verification, l.verificationSource])).toEqual([
      ['KS', 'VERIFIED', kansas.source],
      ['MO', 'UNVERIFIED', null],
    ]);
    expect(after?.careAttributeEvidence.map((a) => [a.slug, a.evidence])).toEqual([
      ['lgbtq-affirming', 'ADMIN_VERIFIED'],
      ['prep-pep', 'SELF_ATTESTED'],
      ['trauma-informed', 'ADMIN_VERIFIED'],
    ]);
  });

  it('asks for a renewed license (new expiry) to be verified again, and drops removed ones', async () => {
    const { listing, kansas, vetted } = await approvedListing();
    await sut.writeVettedFields(dataSource.manager, listing.id, {
      ...vetted,
      careAttributes: ['lgbtq-affirming'],
      licenses: [{ state: 'KS', licenseType: kansas.type, number: 'KS-1', expiresOn: daysFromToday(700) }],
    });
    const after = await repository.snapshot(dataSource.manager, listing.id);
    expect(after?.licenseRecords).toEqual([
      expect.objectContaining({
        state: 'KS',
        expiresOn: daysFromToday(700),
        verification: 'UNVERIFIED',
        verifiedAt: null,
      }),
    ]);
    expect(after?.careAttributes).toEqual(['lgbtq-affirming']);
  });
});
