import { ClientBase } from 'pg';
import { PractitionerRow } from '../registry/nppes-record';
import { practitionerContent, registryLine } from '../registry/registry-copy-text';
import { RegistryFileKind } from '../registry/registry-file-kind';
import { copyLines, importRecordParameters, RegistrySourceInfo } from '../registry/registry-import.repository';
import { COPY_NEW_PRACTITIONERS, RECORD_IMPORT } from '../registry/registry-import.sql';
import { RegistryScope } from './synthetic-registry';

/** The specialties the registry may hold: in scope (with their category), and other clinicians' codes. */
export async function registryScope(client: ClientBase): Promise<RegistryScope> {
  const { rows: inScope } = await client.query<{ code: string; category: string }>(
    'SELECT code, category::text AS category FROM specialties WHERE category IS NOT NULL ORDER BY code',
  );
  // Physicians', nurse practitioners' and physician assistants' other specialties: what a clinician's other slots hold.
  const { rows: outOfScope } = await client.query<{ code: string }>(
    `SELECT code FROM specialties WHERE category IS NULL AND (code LIKE '207%' OR code LIKE '363%') ORDER BY code`,
  );
  return { inScope, outOfScope: outOfScope.map((row) => row.code) };
}

/** The NPIs of the first `count` submitted listings by NPI: the review queue prepareDemoReviewQueue leaves. */
export async function queuedNpis(client: ClientBase, count: number): Promise<string[]> {
  const { rows } = await client.query<{ npi: string }>(
    `SELECT npi FROM providers WHERE status = 'SUBMITTED' ORDER BY npi LIMIT $1`,
    [count],
  );
  return rows.map((row) => row.npi);
}

/**
 * Writes the rows as the importer writes a full file's new practitioners (the same COPY text and content hash, so a
 * later import of an equal row changes nothing) and records the load, in one transaction.
 */
export async function writeRegistry(
  client: ClientBase,
  rows: PractitionerRow[],
  source: RegistrySourceInfo,
): Promise<void> {
  const startedAt = new Date();
  const lines = rows.map((row) => {
    const { content, hash } = practitionerContent(row);
    return registryLine(content, hash, source);
  });
  await client.query('BEGIN');
  try {
    await copyLines(client, COPY_NEW_PRACTITIONERS, lines);
    await client.query(
      RECORD_IMPORT,
      importRecordParameters({
        ...source,
        kind: RegistryFileKind.FULL,
        rowsRead: rows.length,
        rowsKept: rows.length,
        rowsSkipped: 0,
        rowsChanged: rows.length,
        startedAt,
      }),
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
