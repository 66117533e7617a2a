import { MixSearch } from './server/bench-messages';
import { restPath } from './load-generator';

const WALK_PAGE = 100;

/** Walks each search `depth` results deep through the REST API (100 at a time) and returns it with that cursor. */
export async function withDeepCursors(port: number, searches: MixSearch[], depth: number): Promise<MixSearch[]> {
  const deep: MixSearch[] = [];
  for (const search of searches) {
    let after: string | undefined;
    for (let seen = 0; seen < depth; seen += WALK_PAGE) {
      const response = await fetch(`http://127.0.0.1:${port}${restPath({ ...search, first: WALK_PAGE, after })}`);
      const body = (await response.json()) as { pageInfo: { endCursor: string | null; hasNextPage: boolean } };
      if (!response.ok || !body.pageInfo.hasNextPage) throw new Error(`${search.id} has fewer than ${depth} results`);
      after = body.pageInfo.endCursor!;
    }
    deep.push({ ...search, after });
  }
  return deep;
}
