// A CSV record scanner over raw bytes, for the NPPES files: 330 columns, about 1.2 kB a row, 8 million rows and 9 GB
// a month. csv-parse turns every field of every row into a string: on a generated 200,000-row file in the real layout
// it read 25 MB/s (22,000 rows/s), so a full file would take six minutes to parse alone, and the import must keep up
// with a COPY of the rows it keeps. This scanner walks the bytes once in a plain loop, notes where each field starts
// and ends, and decodes only the fields the caller asks for (about 30 of 330, and only for rows it keeps): about
// 590 MB/s (515,000 rows/s) on a generated 1,000,000-row file, runs of empty fields taken in a loop of their own.
//
// RFC 4180 as NPPES writes it: every field is quoted, `""` is a quote inside a field, a quoted field may hold commas
// and line breaks; unquoted fields (the deactivation list) are read up to the next comma. Records end at LF or CRLF.

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** One record, valid until the scanner moves on: read what you need from it before asking for the next. */
export class CsvRecord {
  /** Physical line (1-based) where the record starts; a record with line breaks inside quotes spans several. */
  line = 0;
  fieldCount = 0;
  /** A closing quote followed by something other than a comma or the end of the record. */
  malformed = false;
  buffer: Buffer = Buffer.alloc(0);
  starts = new Int32Array(512);
  ends = new Int32Array(512);
  escaped = new Uint8Array(512);

  field(index: number): string {
    if (index >= this.fieldCount) return '';
    const text = this.buffer.toString('utf8', this.starts[index], this.ends[index]);
    return this.escaped[index] ? text.replace(/""/g, '"') : text;
  }

  /** The field's first byte, or -1 when it is empty: cheap tests on one-character codes without decoding. */
  firstByte(index: number): number {
    if (index >= this.fieldCount || this.starts[index] === this.ends[index]) return -1;
    return this.buffer[this.starts[index]];
  }

  fieldLength(index: number): number {
    return index < this.fieldCount ? this.ends[index] - this.starts[index] : 0;
  }

  grow(): void {
    const size = this.starts.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(from: T, to: T) => (to.set(from), to);
    this.starts = copy(this.starts, new Int32Array(size));
    this.ends = copy(this.ends, new Int32Array(size));
    this.escaped = copy(this.escaped, new Uint8Array(size));
  }
}

/** The input ended inside a quoted field: the file is cut short. */
export class TruncatedCsvError extends Error {
  constructor(readonly line: number) {
    super(`the file ends inside a quoted field that starts on line ${line}: it is truncated or damaged`);
  }
}

/**
 * Feeds on chunks of bytes and hands out complete records. A record cut by a chunk's end waits for the next chunk;
 * only that partial record is ever copied, so memory stays at a chunk and a record whatever the input's size.
 */
export class CsvScanner {
  private readonly record = new CsvRecord();
  private rest: Buffer = Buffer.alloc(0);
  private line = 1;
  /** Line breaks inside quotes of the record being scanned: they move the line count once it is complete. */
  private innerLines = 0;

  /** The complete records of everything fed so far. */
  *push(chunk: Buffer): Generator<CsvRecord> {
    const buffer = this.rest.length ? Buffer.concat([this.rest, chunk]) : chunk;
    let start = 0;
    for (;;) {
      const end = this.scan(buffer, start, false);
      if (end < 0) break;
      yield this.record;
      this.line += 1 + this.innerLines;
      start = end;
    }
    this.rest = buffer.subarray(start);
  }

  /**
   * What is left once the input is over: a last record without a line break (`unterminated`), or nothing.
   * Throws TruncatedCsvError when the input stops inside quotes.
   */
  end(): { record: CsvRecord; unterminated: true } | undefined {
    const buffer = this.rest;
    this.rest = Buffer.alloc(0);
    if (!buffer.length) return undefined;
    if (this.scan(buffer, 0, true) < 0) throw new TruncatedCsvError(this.line);
    return { record: this.record, unterminated: true };
  }

  /** Where the last run of empty fields ended. */
  private emptyRunEnd = 0;

  /** Notes the empty fields `"",` from `i` on (not the record's last); returns the field count after them. */
  private emptyFields(buffer: Buffer, i: number, fields: number): number {
    const record = this.record;
    const last = buffer.length - 3;
    let starts = record.starts;
    let ends = record.ends;
    let escaped = record.escaped;
    while (i < last && buffer[i] === QUOTE && buffer[i + 1] === QUOTE && buffer[i + 2] === COMMA) {
      if (fields === starts.length) {
        record.grow();
        ({ starts, ends, escaped } = record);
      }
      starts[fields] = ends[fields] = i + 1;
      escaped[fields] = 0;
      fields++;
      i += 3;
    }
    this.emptyRunEnd = i;
    return fields;
  }

  /** Scans one record from `start`; returns where the next one starts, or -1 when the bytes run out first. */
  private scan(buffer: Buffer, start: number, atEnd: boolean): number {
    const record = this.record;
    const length = buffer.length;
    if (start >= length) return -1;
    record.buffer = buffer;
    record.line = this.line;
    record.malformed = false;
    this.innerLines = 0;
    let fields = 0;
    let i = start;
    for (;;) {
      // Most NPPES fields are empty: runs of `"",` followed by more of the record are taken in a tight loop.
      fields = this.emptyFields(buffer, i, fields);
      i = this.emptyRunEnd;
      if (fields === record.starts.length) record.grow();
      let fieldEnd: number;
      let escaped = 0;
      if (buffer[i] === QUOTE) {
        const open = i + 1;
        let j = open;
        for (;;) {
          while (j < length && buffer[j] !== QUOTE) {
            if (buffer[j] === LF) this.innerLines++;
            j++;
          }
          if (j >= length) return -1;
          if (j + 1 < length && buffer[j + 1] === QUOTE) {
            escaped = 1;
            j += 2;
            continue;
          }
          if (j + 1 >= length && !atEnd) return -1;
          break;
        }
        record.starts[fields] = open;
        record.ends[fields] = j;
        i = j + 1;
        // After the closing quote comes a comma or the record's end; anything else is kept out and noted.
        if (i < length && buffer[i] !== COMMA && buffer[i] !== LF && buffer[i] !== CR) {
          record.malformed = true;
          while (i < length && buffer[i] !== COMMA && buffer[i] !== LF) i++;
          if (i >= length && !atEnd) return -1;
        }
        fieldEnd = i;
      } else {
        let j = i;
        while (j < length && buffer[j] !== COMMA && buffer[j] !== LF) j++;
        if (j >= length && !atEnd) return -1;
        record.starts[fields] = i;
        record.ends[fields] = j > i && buffer[j - 1] === CR && (j >= length || buffer[j] === LF) ? j - 1 : j;
        fieldEnd = j;
        i = j;
      }
      record.escaped[fields] = escaped;
      fields++;
      if (i >= length) {
        record.fieldCount = fields;
        return length;
      }
      if (buffer[i] === COMMA) {
        i++;
        if (i >= length) {
          if (!atEnd) return -1;
          // A trailing comma at the very end: one more, empty field.
          if (fields === record.starts.length) record.grow();
          record.starts[fields] = record.ends[fields] = i;
          record.escaped[fields] = 0;
          record.fieldCount = fields + 1;
          return length;
        }
        continue;
      }
      // CR LF or LF ends the record.
      if (buffer[i] === CR) {
        if (i + 1 >= length && !atEnd) return -1;
        if (i + 1 >= length || buffer[i + 1] === LF) {
          record.fieldCount = fields;
          return Math.min(i + 2, length);
        }
      }
      record.fieldCount = fields;
      return fieldEnd + 1;
    }
  }
}
