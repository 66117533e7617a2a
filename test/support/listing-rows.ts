import { AFFIRMING_CARE_ATTESTATION } from '@app/directory';
import { TestDatabase } from './test-database';

/** Imported listings carry no attestation; a claimed one needs it to pass approval. */
export async function affirmAttestation(database: TestDatabase, listingId: string): Promise<void> {
  const client = await database.client();
  try {
    await client.query('UPDATE providers SET attestation_version = $2, attested_at = now() WHERE id = $1', [
      listingId,
      AFFIRMING_CARE_ATTESTATION.version,
    ]);
  } finally {
    await client.end();
  }
}
