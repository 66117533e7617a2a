import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import {
  APPROVED_LISTINGS_NEWLY_DEACTIVATED,
  COPY_STAGING,
  CREATE_NEWLY_DEACTIVATED,
  CREATE_STAGING,
  MERGE_STAGING,
} from './registry-import.sql';
import { RegistryFileKind } from './registry-file-kind';

export interface BatchOutcome {
  changed: number;
  newlyDeactivated: number;
  /** Deactivations of NPIs the registry does not hold (organizations, practitioners out of scope). */
  unknownDeactivations: number;
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

  /** COPYs a batch (COPY text lines) into the staging table, merges it into the registry and empties the stage. */
  async mergeBatch(
    manager: EntityManager,
    lines: string[],
    source: { fileName: string; dataDate: string },
  ): Promise<BatchOutcome> {
    const client = await this.clientOf(manager);
    await pipeline(Readable.from(copyChunks(lines)), client.query(copyFrom(COPY_STAGING)));
    const [row]: { changed: number; newly_deactivated: number; unknown_deactivations: number }[] = await manager.query(
      MERGE_STAGING,
      [source.fileName, source.dataDate],
    );
    await manager.query('TRUNCATE registry_staging');
    return {
      changed: row.changed,
      newlyDeactivated: row.newly_deactivated,
      unknownDeactivations: row.unknown_deactivations,
    };
  }

  /** Approved listings whose NPI the file deactivated (and left deactivated). */
  async approvedListingsNewlyDeactivated(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(APPROVED_LISTINGS_NEWLY_DEACTIVATED);
    return rows.map((row) => row.id);
  }

  async recordImport(manager: EntityManager, record: ImportRecord): Promise<void> {
    await manager.query(
      `INSERT INTO registry_imports
         (file_name, file_kind, data_date, rows_read, rows_kept, rows_skipped, rows_changed, started_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        record.fileName,
        record.kind,
        record.dataDate,
        record.rowsRead,
        record.rowsKept,
        record.rowsSkipped,
        record.rowsChanged,
        record.startedAt,
      ],
    );
  }

  // COPY needs the driver's own client: the transaction's connection, so the rows are part of it.
  private async clientOf(manager: EntityManager): Promise<PoolClient> {
    if (!manager.queryRunner) throw new Error('the registry is only written inside a transaction');
    return (await manager.queryRunner.connect()) as PoolClient;
  }
}

function* copyChunks(lines: string[]): Generator<string> {
  const size = 256;
  for (let i = 0; i < lines.length; i += size) yield lines.slice(i, i + size).join('');
}
