import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ENTITY_TABLES, LIBRARIES, REPOSITORY_ROOT, TABLE_OWNERS, importableBy } from './architecture';

const read = (file: string) => readFileSync(join(REPOSITORY_ROOT, file), 'utf8');
const filesUnder = (folder: string): string[] =>
  readdirSync(join(REPOSITORY_ROOT, folder), { recursive: true, encoding: 'utf8' }).map((file) => `${folder}/${file}`);
const architectureRows = (pattern: RegExp) => [...read('ARCHITECTURE.md').matchAll(pattern)];

// architecture.js is what the lint rules enforce; these checks keep it, ARCHITECTURE.md and the schema in step.
describe('the architecture map', () => {
  it('gives every table the migrations create an owner, and knows no other table', () => {
    const created = filesUnder('migrations')
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...read(file).matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]));
    // TypeORM creates its own bookkeeping table, `migrations`.
    expect(new Set([...created, 'migrations'])).toEqual(new Set(Object.keys(TABLE_OWNERS)));
  });

  it('is the ownership table of ARCHITECTURE.md', () => {
    const documented = architectureRows(/^\| `(\w+)`\s+\| `(\w+)`\s+\|/gm).map(([, table, owner]) => [table, owner]);
    expect(Object.fromEntries(documented)).toEqual(TABLE_OWNERS);
    expect(documented).toHaveLength(Object.keys(TABLE_OWNERS).length);
  });

  it('is the dependency direction of ARCHITECTURE.md', () => {
    const documented = architectureRows(/^\| `(\w+)`\s+\| (?!`\w+`\s+\|)[^|]+\|([^|]+)\|$/gm).map(
      ([, library, imports]) => [library, imports.trim() === '—' ? [] : imports.split(',').map((name) => name.trim())],
    );
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(LIBRARIES.map((l) => [l, importableBy(l)])));
  });

  it('knows every entity, its table, and that the table’s owner declares it', () => {
    const declared = LIBRARIES.flatMap((library) =>
      filesUnder(`libs/${library}/src`)
        .filter((file) => file.endsWith('.entity.ts'))
        .map((file) => {
          const source = read(file);
          const [, table] = /@Entity\(\{ name: '(\w+)' \}\)/.exec(source) ?? [];
          const [, entity] = /export class (\w+)/.exec(source) ?? [];
          return { entity, table, library };
        }),
    );
    expect(Object.fromEntries(declared.map(({ entity, table }) => [entity, table]))).toEqual(ENTITY_TABLES);
    for (const { table, library } of declared) expect(TABLE_OWNERS[table]).toBe(library);
  });
});

type SwcTransform = [string, { jsc: { paths: Record<string, string[]> } }];

function swcPaths(): Record<string, string[]> {
  // Loading the configuration runs its Chromium probe again, which may warn: not this test's business.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the jest configuration is CommonJS data.
    const config = require(join(REPOSITORY_ROOT, 'jest.config.js')) as {
      projects: Array<{ transform: Record<string, SwcTransform> }>;
    };
    const [transform] = Object.values(config.projects[0].transform);
    return transform[1].jsc.paths;
  } finally {
    warn.mockRestore();
  }
}

describe('testing entry points', () => {
  const withTestingEntryPoint = LIBRARIES.filter((library) =>
    filesUnder(`libs/${library}/src`).includes(`libs/${library}/src/testing.ts`),
  );

  it('exist where tests need a library’s insides', () => {
    expect(withTestingEntryPoint).toEqual(['database', 'auth', 'directory']);
  });

  it.each(withTestingEntryPoint)('@app/%s/testing resolves for TypeScript and for jest', (library) => {
    const { config } = ts.readConfigFile(join(REPOSITORY_ROOT, 'tsconfig.json'), (file) => ts.sys.readFile(file));
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, REPOSITORY_ROOT);
    const from = join(REPOSITORY_ROOT, 'test/support/x.ts');
    const resolved = ts.resolveModuleName(`@app/${library}/testing`, from, options, ts.sys).resolvedModule;
    expect(resolved?.resolvedFileName).toBe(join(REPOSITORY_ROOT, `libs/${library}/src/testing.ts`));
    // jest's swc transform resolves the same paths at transform time (so the global setup resolves them too).
    expect(swcPaths()[`@app/${library}/testing`]).toEqual([`libs/${library}/src/testing`]);
  });
});
