import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ListingVerification } from '../listing/listing-verification.service';
import { CsvRecord, CsvScanner, TruncatedCsvError } from './csv-scanner';
import { openRegistrySource, RegistrySource } from './nppes-source';
import { PractitionerRow, RecordOutcome, RecordReader, recordReaderFor } from './nppes-record';
import { practitionerContent, registryLine, stagedChangeLine, stagedDeactivationLine } from './registry-copy-text';
import { checkedDataDate, dataDateFromNames, looksWeekly, RegistryFileKind } from './registry-file-kind';
import {
  BatchWrites,
  HeldRow,
  ImportRecord,
  RegistryImportRepository,
  RegistrySourceInfo,
} from './registry-import.repository';
import { messageOf, RegistryFileError } from './registry.errors';

export interface RegistryImportOptions {
  /** The data date (YYYY-MM-DD) instead of the one in the file's name. */
  dataDate?: string;
  /** A weekly file whatever its name says. */
  weekly?: boolean;
  /** Called every quarter second or so while the file is read. */
  onProgress?: (progress: ImportProgress) => void;
  /** How many bad lines the summary lists (all are counted). */
  badLinesListed?: number;
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  rowsKept: number;
}

export interface BadLine {
  line: number;
  reason: string;
  detail: string;
}

export interface RegistryImportSummary extends Omit<ImportRecord, 'startedAt' | 'rowsChanged'> {
  /** Skipped rows by reason: bad rows, rows that are not the registry's business, repeats. */
  skippedByReason: Record<string, number>;
  /** The first bad lines, with their line numbers. */
  badLines: BadLine[];
  /** Registry rows inserted or changed. */
  rowsChanged: number;
  /** NPIs that were active (or unknown) and are deactivated now. */
  newlyDeactivated: number;
  /** Approved listings of those NPIs, now due for re-verification. */
  listingsFlagged: number;
  seconds: number;
}

export const UNKNOWN_DEACTIVATION = 'deactivation of an NPI the registry does not hold';
export const REPEATED_NPI = 'NPI repeated in the file (the newer line kept)';
// The header is the first line for NPPES files; an exported deactivation report may carry a title above it.
const HEADER_SEARCH_LINES = 10;
// Rows per COPY and merge: large enough that statements cost little per row, small enough to keep memory flat.
const BATCH_ROWS = 10_000;
const PROGRESS_EVERY_MS = 250;

/**
 * Loads one NPPES file (full, weekly or deactivation list) into the registry in one transaction: the registry and
 * the listings it flags change together or not at all, and a file that turns out to be unreadable leaves no trace.
 */
@Injectable()
export class RegistryImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: RegistryImportRepository,
    private readonly verification: ListingVerification,
  ) {}

  async importFile(path: string, options: RegistryImportOptions = {}): Promise<RegistryImportSummary> {
    const startedAt = new Date();
    const source = await openRegistrySource(path);
    try {
      const dataDate = options.dataDate
        ? checkedDataDate(source.fileName, options.dataDate)
        : (dataDateFromNames(source.fileName, source.csvName) ?? source.modifiedOn);
      const weekly = options.weekly || looksWeekly(source.fileName, source.csvName);
      return await this.dataSource.transaction(async (manager) => {
        const inScope = new Set(await this.registry.inScopeCodes(manager));
        await this.registry.prepare(manager);
        const run = new FileImport(manager, this.registry, source, dataDate, options);
        const read = await run.readAll(inScope);
        const kind = read.deactivationList
          ? RegistryFileKind.DEACTIVATIONS
          : weekly
            ? RegistryFileKind.WEEKLY
            : RegistryFileKind.FULL;
        const flagged = await this.registry.approvedListingsNewlyDeactivated(manager);
        for (const listingId of flagged) await this.verification.requestReverification(manager, listingId);
        const summary = run.summary(kind, flagged.length, startedAt);
        await this.registry.recordImport(manager, { ...summary, kind, startedAt });
        return summary;
      });
    } finally {
      source.close();
    }
  }
}

/** A row of the batch being read, waiting for the comparison with what the registry holds. */
type Staged =
  | {
      kind: 'practitioner';
      npi: string;
      line: number;
      lastUpdatedOn: string | null;
      content: string;
      hash: string;
      deactivated: boolean;
    }
  | { kind: 'deactivation'; npi: string; line: number; lastUpdatedOn: null; copyLine: string };

/**
 * What a batch writes, against the rows the registry holds of its NPIs: new practitioners go straight in; a held
 * practitioner only if its content differs and its update is not older than the registry's; a deactivation only if
 * the registry holds the NPI (organizations and practitioners out of scope are not its business).
 */
function planBatch(
  staged: Staged[],
  held: ReadonlyMap<string, HeldRow>,
  source: RegistrySourceInfo,
): { writes: BatchWrites; unknownDeactivations: number } {
  const writes: BatchWrites = { newRows: [], stagedChanges: [] };
  let unknownDeactivations = 0;
  for (const row of staged) {
    const registry = held.get(row.npi);
    if (row.kind === 'deactivation') {
      if (registry) writes.stagedChanges.push(row.copyLine);
      else unknownDeactivations++;
    } else if (!registry) {
      writes.newRows.push({
        npi: row.npi,
        line: registryLine(row.content, row.hash, source),
        deactivated: row.deactivated,
      });
    } else if (registry.contentHash !== row.hash && !olderThan(row.lastUpdatedOn, registry.lastUpdatedOn)) {
      writes.stagedChanges.push(stagedChangeLine(row.content, row.hash));
    }
  }
  return { writes, unknownDeactivations };
}

const olderThan = (date: string | null, other: string | null) => !!date && !!other && date < other;
const isDeactivated = (row: PractitionerRow) =>
  !!row.deactivatedOn && (!row.reactivatedOn || row.reactivatedOn < row.deactivatedOn);

/** One file's reading: records to outcomes, outcomes to batches, batches merged while the next is read. */
class FileImport {
  private reader: RecordReader | undefined;
  private header: string[] | undefined;
  private recordsBeforeHeader = 0;
  private rowsRead = 0;
  private stagedRows = 0;
  private rowsChanged = 0;
  private newlyDeactivated = 0;
  private unknownDeactivations = 0;
  private readonly skipped = new Map<string, number>();
  private readonly badLines: BadLine[] = [];
  private batch = new Map<string, Staged>();
  private merging: Promise<void> = Promise.resolve();
  private bytesRead = 0;
  private lastProgress = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly registry: RegistryImportRepository,
    private readonly source: RegistrySource,
    private readonly dataDate: string,
    private readonly options: RegistryImportOptions,
  ) {}

  async readAll(inScope: ReadonlySet<string>): Promise<{ deactivationList: boolean }> {
    try {
      const scanner = new CsvScanner();
      for await (const chunk of this.chunks()) {
        this.bytesRead += chunk.length;
        for (const record of scanner.push(chunk)) this.take(record, inScope);
        if (this.batch.size >= BATCH_ROWS) await this.mergeBatch();
        this.reportProgress(false);
      }
      this.takeLast(scanner, inScope);
      if (!this.reader) throw this.fileError('has no header line naming an NPI column');
      await this.mergeBatch();
      await this.merging;
    } catch (error) {
      // The transaction ends with the error: let the merge on its connection finish first.
      await this.merging.catch(() => undefined);
      throw error;
    }
    this.reportProgress(true);
    return { deactivationList: this.reader.deactivationList };
  }

  summary(kind: RegistryFileKind, listingsFlagged: number, startedAt: Date): RegistryImportSummary {
    const rowsKept = this.stagedRows - this.unknownDeactivations;
    if (this.unknownDeactivations) this.skipped.set(UNKNOWN_DEACTIVATION, this.unknownDeactivations);
    return {
      fileName: this.source.fileName,
      kind,
      dataDate: this.dataDate,
      rowsRead: this.rowsRead,
      rowsKept,
      rowsSkipped: this.rowsRead - rowsKept,
      skippedByReason: Object.fromEntries([...this.skipped].sort((a, b) => b[1] - a[1])),
      badLines: this.badLines,
      rowsChanged: this.rowsChanged,
      newlyDeactivated: this.newlyDeactivated,
      listingsFlagged,
      seconds: (Date.now() - startedAt.getTime()) / 1000,
    };
  }

  // A stream that fails (a damaged zip, a read error) makes the file unreadable, not the import a bug.
  private async *chunks(): AsyncGenerator<Buffer> {
    const iterator = this.source.stream[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw this.fileError(`could not be read to its end (${messageOf(error)})`);
      }
      if (next.done) return;
      yield next.value;
    }
  }

  private take(record: CsvRecord, inScope: ReadonlySet<string>): void {
    if (record.fieldCount === 1 && record.fieldLength(0) === 0) return; // a blank line
    if (!this.reader) return this.findHeader(record, inScope);
    this.rowsRead++;
    this.apply(record.line, this.reader.read(record));
  }

  // The last record has no line break after it: fine if it is whole, a cut-off file if it has too few columns.
  private takeLast(scanner: CsvScanner, inScope: ReadonlySet<string>): void {
    let last: ReturnType<CsvScanner['end']>;
    try {
      last = scanner.end();
    } catch (error) {
      if (error instanceof TruncatedCsvError) throw this.fileError(error.message);
      throw error;
    }
    if (!last) return;
    if (this.header && last.record.fieldCount < this.header.length) {
      throw this.fileError(
        `the last line (${last.record.line}) stops after ${last.record.fieldCount} of ${this.header.length} columns: the file is truncated`,
      );
    }
    this.take(last.record, inScope);
  }

  private findHeader(record: CsvRecord, inScope: ReadonlySet<string>): void {
    const names = Array.from({ length: record.fieldCount }, (_, i) => record.field(i));
    if (names.some((name) => name.trim() === 'NPI')) {
      this.header = names;
      this.reader = recordReaderFor(this.source.fileName, names, inScope);
    } else if (++this.recordsBeforeHeader >= HEADER_SEARCH_LINES) {
      throw this.fileError(`none of the first ${HEADER_SEARCH_LINES} lines is a header naming an NPI column`);
    }
  }

  private apply(line: number, outcome: RecordOutcome): void {
    switch (outcome.kind) {
      case 'practitioner':
        return this.stage({
          kind: 'practitioner',
          npi: outcome.row.npi,
          line,
          lastUpdatedOn: outcome.row.lastUpdatedOn,
          ...practitionerContent(outcome.row),
          deactivated: isDeactivated(outcome.row),
        });
      case 'deactivation':
        return this.stage({
          kind: 'deactivation',
          npi: outcome.row.npi,
          line,
          lastUpdatedOn: null,
          copyLine: stagedDeactivationLine(outcome.row),
        });
      case 'left out':
        return this.skip(outcome.reason);
      case 'bad':
        this.skip(outcome.reason);
        if (this.badLines.length < (this.options.badLinesListed ?? 20)) {
          this.badLines.push({ line, reason: outcome.reason, detail: outcome.detail });
        }
    }
  }

  // One row per NPI in a batch (a merge cannot touch a row twice): the newer update wins, as it would across batches.
  private stage(staged: Staged): void {
    const npi = staged.npi;
    const earlier = this.batch.get(npi);
    if (earlier) {
      this.skip(REPEATED_NPI);
      const older = earlier.lastUpdatedOn && staged.lastUpdatedOn && staged.lastUpdatedOn < earlier.lastUpdatedOn;
      if (older) return;
    } else {
      this.stagedRows++;
    }
    this.batch.set(npi, staged);
  }

  private skip(reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  // The next batch is read while this one is merged, so the database and the parser work at the same time; the
  // merge before must be done first (one connection, batches in the file's order, one batch waiting at most).
  private async mergeBatch(): Promise<void> {
    await this.merging;
    const staged = [...this.batch.values()];
    this.batch = new Map();
    if (!staged.length) return;
    this.merging = this.writeBatch(staged);
    // Awaited later (before the next batch, or at the end); until then its failure must not count as unhandled.
    this.merging.catch(() => undefined);
  }

  private async writeBatch(staged: Staged[]): Promise<void> {
    const held = await this.registry.heldRows(
      this.manager,
      staged.map((row) => row.npi),
    );
    const { writes, unknownDeactivations } = planBatch(staged, held, this.sourceInfo());
    const outcome = await this.registry.writeBatch(this.manager, writes, this.sourceInfo());
    this.rowsChanged += outcome.changed;
    this.newlyDeactivated += outcome.newlyDeactivated;
    this.unknownDeactivations += unknownDeactivations;
  }

  private sourceInfo(): RegistrySourceInfo {
    return { fileName: this.source.fileName, dataDate: this.dataDate };
  }

  private reportProgress(final: boolean): void {
    const now = Date.now();
    if (!this.options.onProgress || (!final && now - this.lastProgress < PROGRESS_EVERY_MS)) return;
    this.lastProgress = now;
    this.options.onProgress({
      bytesRead: this.bytesRead,
      totalBytes: this.source.size,
      rowsRead: this.rowsRead,
      rowsKept: this.stagedRows,
    });
  }

  private fileError(reason: string): RegistryFileError {
    return new RegistryFileError(this.source.fileName, reason);
  }
}
