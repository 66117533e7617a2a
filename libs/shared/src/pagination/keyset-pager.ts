import { CursorCodec } from './cursor-codec';
import { Page, PageRequest } from './page';
import { DEFAULT_PAGE_SIZE } from './page-size';

/** Values of a row's sort keys, in sort order: what a cursor carries. */
export type SortKeys = Array<string | number>;

/** A list read by keyset: which query it is, how to fetch its rows and where a row sits in its order. */
export interface KeysetList<TRow> {
  /** Fingerprint of the query and its filters: a cursor pages only the query that issued it. */
  query: string;
  /** At most `limit` rows in sort order, those after `afterKeys` (from the start without). */
  fetch(afterKeys: SortKeys | undefined, limit: number): Promise<TRow[]>;
  keysOf(row: TRow): SortKeys;
}

/** One page being read: where it starts, how many rows to fetch, and how those rows become the page. */
export class KeysetRead {
  constructor(
    private readonly cursors: CursorCodec,
    readonly query: string,
    readonly size: number,
    /** Sort keys of the last row of the page before; undefined for the first page. */
    readonly afterKeys: SortKeys | undefined,
  ) {}

  /** One row more than the page: the extra row only tells that another page follows. */
  get fetchLimit(): number {
    return this.size + 1;
  }

  cursorOf(keys: SortKeys): string {
    return this.cursors.encode({ query: this.query, keys });
  }

  /** The page made of rows fetched, in sort order, with fetchLimit. */
  toPage<TRow>(rows: TRow[], keysOf: (row: TRow) => SortKeys): Page<TRow> {
    const nodes = rows.slice(0, this.size);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > this.size,
        endCursor: last === undefined ? null : this.cursorOf(keysOf(last)),
      },
    };
  }
}

/**
 * The keyset paging of every list, never OFFSET: decode the cursor, fetch a row more than the page, keep the page,
 * encode the cursor of its last row. Cursors are signed (see CursorCodec) and tied to their query.
 */
export class KeysetPager {
  private readonly cursors: CursorCodec;

  constructor(secret: string) {
    this.cursors = new CursorCodec(secret);
  }

  /** `cursorField` names the argument the cursor came in, for the error when it is refused. */
  read(query: string, request: PageRequest, cursorField = 'after'): KeysetRead {
    const afterKeys = request.after ? this.cursors.decode(request.after, cursorField, query).keys : undefined;
    return new KeysetRead(this.cursors, query, request.first ?? DEFAULT_PAGE_SIZE, afterKeys);
  }

  async page<TRow>(request: PageRequest, list: KeysetList<TRow>): Promise<Page<TRow>> {
    const read = this.read(list.query, request);
    return read.toPage(await list.fetch(read.afterKeys, read.fetchLimit), (row) => list.keysOf(row));
  }
}
