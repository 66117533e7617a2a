import { ListingRecord } from '../bulk/listing-record';
import { aListing, daysFromToday, license, locationAt } from '@test/factories/listing.factory';
import { useTestDatabase } from '@test/support/use-test-database';
import { isValidNpi } from '@app/shared';

describe('search read model', () => {
  const approved = aListing({
    offersTelehealth: true,
    locations: [locationAt('83702', { hideStreet: true })],
    licenses: [
      license('ID'),
      license('WA', { expiresOn: daysFromToday(-5) }),
      license('OR', { verification: 'UNVERIFIED', verifiedAt: null, source: null }),
    ],
  });
  const inReview = aListing({ status: 'IN_REVIEW' });
  const twoClinics = aListing({ locations: [locationAt('60614'), locationAt('62701')] });

  const handle = useTestDatabase([approved, inReview, twoClinics]);
  const client = () => handle.client();

  const published = async () =>
    (await client().query<{ provider_id: string }>('SELECT provider_id FROM search_listings')).rows.map(
      (r) => r.provider_id,
    );

  const publishedLocations = async () =>
    (
      await client().query<{ provider_id: string; one_of_several: boolean }>(
        'SELECT provider_id, one_of_several FROM search_listing_locations ORDER BY provider_id, one_of_several',
      )
    ).rows;
  const locationsOf = (...listings: ListingRecord[]) =>
    listings
      .flatMap((listing) =>
        listing.locations.map(() => ({ provider_id: listing.id, one_of_several: listing.locations.length > 1 })),
      )
      .sort((a, b) => a.provider_id.localeCompare(b.provider_id));

  it('publishes approved listings only', async () => {
    expect((await published()).sort()).toEqual([approved.id, twoClinics.id].sort());
  });

  it('publishes the locations of approved listings only, marking those of a provider with several', async () => {
    expect(await publishedLocations()).toEqual(locationsOf(approved, twoClinics));
  });

  it('keeps a hidden street and its coordinates out of the public document', async () => {
    const { rows } = await client().query(`SELECT document FROM search_listings WHERE provider_id = $1`, [approved.id]);
    const location = rows[0].document.locations[0];
    expect(location).toMatchObject({
      street: null,
      latitude: null,
      longitude: null,
      city: 'Boise',
      streetHidden: true,
    });
    expect(JSON.stringify(rows[0].document)).not.toContain('100 Main St');
  });

  it('records telehealth coverage with license expiry, and nothing for unverified licenses', async () => {
    const { rows } = await client().query(
      `SELECT state, in_person, telehealth_until::text FROM search_listing_states WHERE provider_id = $1 ORDER BY state`,
      [approved.id],
    );
    expect(rows).toEqual([
      { state: 'ID', in_person: true, telehealth_until: approved.licenses[0].expiresOn },
      { state: 'WA', in_person: false, telehealth_until: daysFromToday(-5) },
    ]);
  });

  it('never serves a state by a license without an expiry: such a license cannot be verified', async () => {
    const oregon = approved.licenses[2].id;
    await client().query('UPDATE licenses SET expires_on = NULL WHERE id = $1', [oregon]);
    await expect(
      client().query(
        `UPDATE licenses SET verification = 'VERIFIED', verified_at = now(), verification_source = 'OR board'
         WHERE id = $1`,
        [oregon],
      ),
    ).rejects.toMatchObject({ constraint: 'licenses_verified_has_expiry' });
    await client().query('SELECT refresh_search_listings($1::uuid[])', [[approved.id]]);
    const { rows } = await client().query(
      'SELECT state FROM search_listing_states WHERE provider_id = $1 ORDER BY state',
      [approved.id],
    );
    expect(rows).toEqual([{ state: 'ID' }, { state: 'WA' }]);
  });

  it('withdraws a listing from the public as soon as it is no longer approved', async () => {
    await client().query(`UPDATE providers SET status = 'SUSPENDED' WHERE id = $1`, [approved.id]);
    await client().query('SELECT refresh_search_listings($1::uuid[])', [[approved.id]]);
    expect(await published()).toEqual([twoClinics.id]);
    expect(await publishedLocations()).toEqual(locationsOf(twoClinics));

    await client().query(`UPDATE providers SET status = 'APPROVED' WHERE id = $1`, [approved.id]);
    await client().query('SELECT rebuild_search_listings()');
    expect((await published()).sort()).toEqual([approved.id, twoClinics.id].sort());
    expect(await publishedLocations()).toEqual(locationsOf(approved, twoClinics));
  });

  it('stores only NPIs that pass the check digit', async () => {
    const { rows } = await client().query<{ npi: string }>('SELECT npi FROM providers');
    expect(rows.every((r) => isValidNpi(r.npi))).toBe(true);
  });
});
