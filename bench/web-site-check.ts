import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { webSearchPath } from './load-generator';
import { QueryKind } from './query-mix';
import { MixSearch } from './server/bench-messages';

// Where the API looks for the site by default (WEB_BUILD_DIR), relative to its working directory.
const WEB_SERVER_BUILD = join('apps', 'web', 'build', 'server', 'index.js');

/** The API mounts the site only when its build exists; without it every page would measure a 404. */
export function requireWebBuild(repositoryRoot: string): void {
  const file = join(repositoryRoot, WEB_SERVER_BUILD);
  if (!existsSync(file)) {
    throw new Error(`no web build at ${file}: run \`npm run build:web\` (\`npm run bench\` does it first)`);
  }
}

/**
 * Every search of the mix once through the site's search page before anything is timed: under load a redirect or an
 * error page is only a failure count, and a quick one would pass for a fast page.
 */
export async function checkWebSearchPage(port: number, kinds: Map<QueryKind, MixSearch[]>): Promise<void> {
  const problems: string[] = [];
  for (const [kind, searches] of kinds) {
    for (const search of searches) {
      const path = webSearchPath(search);
      // Redirects are not followed: the site sends untidy queries (empty values, mode=ANY) to a tidy URL.
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' });
      await response.arrayBuffer();
      // Mounted, the site has a page for every query (finding nothing is still a 200): a 404 is Nest's own, no site.
      if (response.status === 404) {
        throw new Error(
          `GET ${path} answered 404: the web site is not mounted (is there a build under apps/web/build of the API ` +
            `process's working directory?)`,
        );
      }
      const problem = pageProblem(response);
      if (problem) problems.push(`  ${kind} (${search.id}): GET ${path} ${problem}`);
    }
  }
  if (problems.length) {
    throw new Error(`the web search page does not answer the mix with a page:\n${problems.join('\n')}`);
  }
}

function pageProblem(response: Response): string | undefined {
  if (response.status !== 200) {
    const location = response.headers.get('location');
    return `answered ${response.status}${location ? ` → ${location}` : ''}`;
  }
  const type = response.headers.get('content-type') ?? '';
  return type.startsWith('text/html') ? undefined : `answered ${type || 'no content type'}, not HTML`;
}
