import { METERS_PER_MILE } from '@app/shared';
import { destination } from '@test/support/sphere';
import { useTestDatabase } from '@test/support/use-test-database';
import { SeededRandom } from '../bulk/seeded-random';

// A ZIP search counts its matches from the cells covering its radius: a location inside the radius whose cell is
// missing from the cover would be found on a page but not counted.
describe('cells covering a search radius', () => {
  const handle = useTestDatabase();
  const client = () => handle.client();

  async function isCovered(
    origin: { latitude: number; longitude: number },
    radiusM: number,
    point: { latitude: number; longitude: number },
  ): Promise<boolean> {
    const { rows } = await client().query<{ covered: boolean }>(
      `SELECT search_cell($4, $5) = ANY (search_cells_near($1, $2, $3)) AS covered`,
      [origin.latitude, origin.longitude, radiusM, point.latitude, point.longitude],
    );
    return rows[0].covered;
  }

  it('covers every point within the radius, from Key West to Alaska and across the antimeridian', async () => {
    const random = new SeededRandom(42);
    const origins = [
      { latitude: 24.55, longitude: -81.78 }, // Key West
      { latitude: 41.92, longitude: -87.65 }, // Chicago
      { latitude: 64.84, longitude: -147.72 }, // Fairbanks
      { latitude: 51.88, longitude: -176.66 }, // Adak, near the antimeridian
      { latitude: 13.44, longitude: 144.79 }, // Guam
    ];
    const missed: string[] = [];
    for (const origin of origins) {
      for (const radiusMiles of [1, 10, 50, 250]) {
        const radiusM = radiusMiles * METERS_PER_MILE;
        for (let i = 0; i < 40; i++) {
          // Mostly at the edge of the circle, where a cover is most likely to fall short.
          const distance = radiusM * (i % 2 ? 0.999 : random.int(0, 1000) / 1000);
          const point = destination(origin, (random.int(0, 3599) / 3600) * 2 * Math.PI, distance);
          if (!(await isCovered(origin, radiusM, point))) missed.push(`${JSON.stringify(point)} of ${radiusMiles} mi`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('stays a short list for the widest radius', async () => {
    const { rows } = await client().query<{ cells: number }>(
      `SELECT cardinality(search_cells_near(64.84, -147.72, $1)) AS cells`,
      [250 * METERS_PER_MILE],
    );
    expect(rows[0].cells).toBeLessThan(1500);
  });
});
