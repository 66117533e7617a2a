// A spreadsheet reads a cell starting with one of these as a formula: such a cell is neutralised with a leading quote.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a quote, a comma or a line break; quotes doubled. */
export function csvField(value: string | null | undefined): string {
  const text = value ?? '';
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV document: the header row, then one line per row, CRLF line ends as RFC 4180 asks. */
export function csvOf(header: string[], rows: Array<Array<string | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A CSV download: saved under `filename`, never cached (an audit trail only grows, and is not for shared caches). */
export function csvDownload(filename: string, body: string | ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/**
 * A CSV download written as its rows arrive, page by page, so that a long list is neither held whole in memory nor
 * waited for before the first byte.
 */
export function csvStreamDownload(
  filename: string,
  header: string[],
  pages: AsyncIterable<Array<Array<string | null | undefined>>>,
): Response {
  const encoder = new TextEncoder();
  const lines = (rows: Array<Array<string | null | undefined>>) =>
    encoder.encode(rows.map((row) => row.map(csvField).join(',') + '\r\n').join(''));
  const iterator = pages[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(lines([header]));
    },
    async pull(controller) {
      const page = await iterator.next();
      if (page.done) controller.close();
      else controller.enqueue(lines(page.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return csvDownload(filename, body);
}
