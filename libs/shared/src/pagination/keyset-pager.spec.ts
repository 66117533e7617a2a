import { KeysetList, KeysetPager, SortKeys } from './keyset-pager';
import { DEFAULT_PAGE_SIZE } from './page-size';

type Row = { id: string; rank: number };
type FetchCall = [afterKeys: SortKeys | undefined, limit: number];

describe('KeysetPager', () => {
  const sut = new KeysetPager('a-secret-long-enough-for-an-hmac-key');
  const rows: Row[] = Array.from({ length: 5 }, (_, i) => ({ id: `row-${i}`, rank: i }));

  /** A list over `rows`, ordered by rank, that records what each fetch was asked. */
  function listOf(query = 'ranks'): KeysetList<Row> & { calls: FetchCall[] } {
    const calls: FetchCall[] = [];
    return {
      query,
      calls,
      fetch: (afterKeys, limit) => {
        calls.push([afterKeys, limit]);
        return Promise.resolve(rows.filter((row) => !afterKeys || row.rank > Number(afterKeys[0])).slice(0, limit));
      },
      keysOf: (row) => [row.rank, row.id],
    };
  }

  it('fetches one row more than the page, to tell that another page follows', async () => {
    const list = listOf();
    const page = await sut.page({ first: 2 }, list);
    expect(list.calls).toEqual([[undefined, 3]]);
    expect(page.nodes.map((row) => row.id)).toEqual(['row-0', 'row-1']);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('pages through every row exactly once by endCursor', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { nodes, pageInfo } = await sut.page({ first: 2, after }, listOf());
      seen.push(...nodes.map((row) => row.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor!;
    }
    expect(seen).toEqual(rows.map((row) => row.id));
  });

  it('starts after the keys of the last row of the page before', async () => {
    const first = await sut.page({ first: 2 }, listOf());
    const list = listOf();
    await sut.page({ first: 2, after: first.pageInfo.endCursor! }, list);
    expect(list.calls).toEqual([[[1, 'row-1'], 3]]);
  });

  it('reads DEFAULT_PAGE_SIZE rows when no size is asked', async () => {
    const list = listOf();
    await sut.page({}, list);
    expect(list.calls).toEqual([[undefined, DEFAULT_PAGE_SIZE + 1]]);
  });

  it('answers an empty page without a cursor', async () => {
    const page = await sut.page({ first: 2 }, { ...listOf(), fetch: () => Promise.resolve([]) });
    expect(page).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses a cursor from another query, naming the argument it came in', async () => {
    const other = await sut.page({ first: 1 }, listOf('other'));
    await expect(sut.page({ after: other.pageInfo.endCursor! }, listOf())).rejects.toThrow(
      expect.objectContaining({ code: 'PAGINATION.CURSOR_MISMATCH' }),
    );
    expect(() => sut.read('ranks', { after: 'garbage' }, 'cursor')).toThrow(
      expect.objectContaining({ details: [{ field: 'cursor', reason: 'is not a valid cursor' }] }),
    );
  });
});
