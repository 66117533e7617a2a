import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveAppSecret } from './app-secret';
import { InvalidEnvironmentError, validateEnvironment } from './environment';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('resolveAppSecret', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'app-secret-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const resolve = (variables: Record<string, string>) =>
    resolveAppSecret(validateEnvironment({ DATA_DIR: dataDir, ...variables }));

  it('uses APP_SECRET when given', () => {
    expect(resolve({ APP_SECRET: SECRET })).toBe(SECRET);
    expect(resolve({ APP_SECRET: SECRET, DATABASE_URL: 'postgres://db.internal/acd' })).toBe(SECRET);
  });

  it('refuses DATABASE_URL without APP_SECRET, naming the variable', () => {
    const attempt = () => resolve({ DATABASE_URL: 'postgres://db.internal/acd' });
    expect(attempt).toThrow(InvalidEnvironmentError);
    expect(attempt).toThrow(/APP_SECRET: required when DATABASE_URL is set/);
  });

  it('generates a secret for the embedded run, readable by its owner only, and keeps it', async () => {
    const first = resolve({});
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect((await readFile(join(dataDir, 'app-secret'), 'utf8')).trim()).toBe(first);
    expect((await stat(join(dataDir, 'app-secret'))).mode & 0o777).toBe(0o600);
    expect(resolve({})).toBe(first);
  });
});
