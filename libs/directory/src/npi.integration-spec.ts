import { useTestDatabase } from '@test/support/use-test-database';
import { isValidNpi } from '@app/shared';

// The providers table checks NPIs with the SQL function npi_is_valid(); the application checks them with isValidNpi.
describe('NPI check digit in the database', () => {
  const handle = useTestDatabase();
  const client = () => handle.client();

  it('checks NPIs in the database exactly as the application does', async () => {
    const candidates = ['1234567893', '1234567890', '1255334207', '1255334208', '12345', 'abcdefghij'];
    for (let i = 0; i < 200; i++) candidates.push(String(1_000_000_000 + i * 7_919_113));
    const { rows } = await client().query<{ npi: string; valid: boolean }>(
      `SELECT npi, npi_is_valid(npi) AS valid FROM unnest($1::text[]) WITH ORDINALITY AS t(npi, n) ORDER BY n`,
      [candidates],
    );
    expect(rows.map((r) => r.valid)).toEqual(candidates.map(isValidNpi));
    expect(rows.filter((r) => r.valid).length).toBeGreaterThan(10);
  });
});
