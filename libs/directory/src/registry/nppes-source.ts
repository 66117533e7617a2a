import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PassThrough, pipeline, Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl, { Entry, ZipFile } from 'yauzl';
import { messageOf, RegistryFileError } from './registry.errors';

/** The bytes of one registry CSV, from a plain file or the CSV inside a zip. */
export interface RegistrySource {
  /** The name the user gave (the zip's or the CSV's own). */
  fileName: string;
  /** The CSV's own name: the zip entry's, or the file's. */
  csvName: string;
  /** Bytes the stream will give (the CSV's uncompressed size), for progress. */
  size: number;
  /** Last modification day of the file, the data date's fallback (YYYY-MM-DD). */
  modifiedOn: string;
  stream: Readable;
  close(): void;
}

const EXCEL = /\.xlsx?$/i;
const excelRefused = (name: string) =>
  new RegistryFileError(
    name,
    'is an Excel workbook; open it and save the sheet as CSV (keeping the NPI and NPPES Deactivation Date columns), then load the CSV',
  );

// Large chunks: the scanner copies only the record cut by a chunk's end, so fewer chunks mean fewer copies.
const CHUNK_BYTES = 1 << 20;
const STORED = 0;
const DEFLATE = 8;

export async function openRegistrySource(path: string): Promise<RegistrySource> {
  const fileName = basename(path);
  const info = await stat(path).catch(() => {
    throw new RegistryFileError(fileName, 'cannot be read (no such file, or no permission)');
  });
  const modifiedOn = info.mtime.toISOString().slice(0, 10);
  if (EXCEL.test(fileName)) throw excelRefused(fileName);
  if (/\.zip$/i.test(fileName)) return { ...(await openZipEntry(path, fileName)), fileName, modifiedOn };
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  return { fileName, csvName: fileName, size: info.size, modifiedOn, stream, close: () => stream.destroy() };
}

/** The largest CSV in the zip that is not a "fileheader" file (CMS ships the header alone beside the data). */
async function openZipEntry(path: string, fileName: string): Promise<Omit<RegistrySource, 'fileName' | 'modifiedOn'>> {
  const corrupt = (error: unknown) => new RegistryFileError(fileName, `is not a readable zip (${messageOf(error)})`);
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, opened) =>
      error ? reject(corrupt(error)) : resolve(opened),
    ),
  );
  try {
    const entries = await listEntries(zip).catch((error: unknown) => Promise.reject(corrupt(error)));
    const csv = entries
      .filter((entry) => /\.csv$/i.test(entry.fileName) && !/fileheader/i.test(entry.fileName))
      .sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0];
    if (!csv) {
      const excel = entries.find((entry) => EXCEL.test(entry.fileName));
      throw excel
        ? excelRefused(`${fileName}/${excel.fileName}`)
        : new RegistryFileError(fileName, 'holds no CSV file');
    }
    if (csv.compressionMethod !== DEFLATE && csv.compressionMethod !== STORED) {
      throw new RegistryFileError(
        fileName,
        `compresses ${csv.fileName} in a way zips rarely do (method ${csv.compressionMethod})`,
      );
    }
    const raw = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(csv, { decompress: false }, (error, opened) =>
        error ? reject(corrupt(error)) : resolve(opened),
      ),
    );
    // Inflated here rather than by yauzl, whose inflater reports damaged data as an error nobody can catch; a
    // pipeline hands any failure (damaged data, a read error) to the stream the importer reads.
    const bytes = new PassThrough({ highWaterMark: CHUNK_BYTES });
    const stages = csv.compressionMethod === DEFLATE ? [raw, createInflateRaw(), bytes] : [raw, bytes];
    pipeline(stages, () => zip.close());
    return {
      csvName: basename(csv.fileName),
      size: csv.uncompressedSize,
      stream: bytes,
      close: () => bytes.destroy(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}
