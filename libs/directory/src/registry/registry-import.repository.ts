import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ClientBase, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import {
  APPROVED_LISTINGS_NEWLY_DEACTIVATED,
  COPY_NEW_PRACTITIONERS,
  COPY_STAGING,
  CREATE_NEWLY_DEACTIVATED,
  CREATE_STAGING,
  HELD_ROWS,
  MERGE_STAGING,
  NOTE_NEWLY_DEACTIVATED,
  RECORD_IMPORT,
} from './registry-import.sql';
import { RegistryFileKind } from './registry-file-kind';

export interface HeldRow {
  contentHash: string;
  lastUpdatedOn: string | null;
}

export interface RegistrySourceInfo {
  fileName: string;
  dataDate: string;
}

/** One batch's writes, as COPY text lines. */
export interface BatchWrites {
  /** Practitioners the registry does not hold yet. */
  newRows: { npi: string; line: string; deactivated: boolean }[];
  /** Changed practitioners and deactivations of rows the registry holds. */
  stagedChanges: string[];
}

export interface BatchOutcome {
  changed: number;
  newlyDeactivated: number;
}

export interface ImportRecord {
  fileName: string;
  kind: RegistryFileKind;
  dataDate: string;
  rowsRead: number;
  rowsKept: number;
  rowsSkipped: number;
  rowsChanged: number;
  startedAt: Date;
}

/** The registry's tables during a file's import; every method runs in that file's one transaction. */
@Injectable()
export class RegistryImportRepository {
  /** The taxonomy codes the directory covers: specialties with a category. */
  async inScopeCodes(manager: EntityManager): Promise<string[]> {
    const rows: { code: string }[] = await manager.query(
      'SELECT code FROM specialties WHERE category IS NOT NULL ORDER BY code',
    );
    return rows.map((row) => row.code);
  }

  /**
   * Readers keep reading while a file loads; a second import waits for the first, so two files never interleave.
   * The staging tables live until the transaction ends.
   */
  async prepare(manager: EntityManager): Promise<void> {
    await manager.query('LOCK TABLE registry_practitioners IN SHARE ROW EXCLUSIVE MODE');
    await manager.query(CREATE_STAGING);
    await manager.query(CREATE_NEWLY_DEACTIVATED);
  }

  /** The rows the registry holds of these NPIs: what a batch compares its rows with. */
  async heldRows(manager: EntityManager, npis: string[]): Promise<Map<string, HeldRow>> {
    const rows: { npi: string; content_hash: string; last_updated_on: string | null }[] = await manager.query(
      HELD_ROWS,
      [npis],
    );
    return new Map(rows.map((row) => [row.npi, { contentHash: row.content_hash, lastUpdatedOn: row.last_updated_on }]));
  }

  /**
   * Writes one batch: new practitioners straight into the registry (COPY), changes to held rows through the staging
   * table and one merge; notes the NPIs it newly deactivates.
   */
  async writeBatch(manager: EntityManager, batch: BatchWrites, source: RegistrySourceInfo): Promise<BatchOutcome> {
    let changed = batch.newRows.length;
    let newlyDeactivated = 0;
    if (batch.newRows.length) {
      await this.copy(
        manager,
        COPY_NEW_PRACTITIONERS,
        batch.newRows.map((row) => row.line),
      );
      const deactivated = batch.newRows.filter((row) => row.deactivated).map((row) => row.npi);
      if (deactivated.length) newlyDeactivated += await this.noteNewlyDeactivated(manager, deactivated);
    }
    if (batch.stagedChanges.length) {
      await this.copy(manager, COPY_STAGING, batch.stagedChanges);
      const [merged]: { changed: number; newly_deactivated: number }[] = await manager.query(MERGE_STAGING, [
        source.fileName,
        source.dataDate,
      ]);
      await manager.query('TRUNCATE registry_staging');
      changed += merged.changed;
      newlyDeactivated += merged.newly_deactivated;
    }
    return { changed, newlyDeactivated };
  }

  /** Approved listings whose NPI the file deactivated (and left deactivated). */
  async approvedListingsNewlyDeactivated(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(APPROVED_LISTINGS_NEWLY_DEACTIVATED);
    return rows.map((row) => row.id);
  }

  async recordImport(manager: EntityManager, record: ImportRecord): Promise<void> {
    await manager.query(RECORD_IMPORT, importRecordParameters(record));
  }

  private async noteNewlyDeactivated(manager: EntityManager, npis: string[]): Promise<number> {
    const noted: unknown[] = await manager.query(NOTE_NEWLY_DEACTIVATED, [npis]);
    return noted.length;
  }

  private async copy(manager: EntityManager, statement: string, lines: string[]): Promise<void> {
    await copyLines(await this.clientOf(manager), statement, lines);
  }

  // COPY needs the driver's own client: the transaction's connection, so the rows are part of it.
  private async clientOf(manager: EntityManager): Promise<PoolClient> {
    if (!manager.queryRunner) throw new Error('the registry is only written inside a transaction');
    return (await manager.queryRunner.connect()) as PoolClient;
  }
}

/** RECORD_IMPORT's parameters. */
export function importRecordParameters(record: ImportRecord): unknown[] {
  return [
    record.fileName,
    record.kind,
    record.dataDate,
    record.rowsRead,
    record.rowsKept,
    record.rowsSkipped,
    record.rowsChanged,
    record.startedAt,
  ];
}

/**
 * COPYs the lines in one write: the COPY then runs at the database's pace, not at the turns of the event loop, which
 * is busy reading the next batch. On a transaction's client, the rows are part of it.
 */
export async function copyLines(client: ClientBase, statement: string, lines: string[]): Promise<void> {
  await pipeline(Readable.from([lines.join('')]), client.query(copyFrom(statement)));
}
