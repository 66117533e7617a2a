import { InvalidEnvironmentError, validateEnvironment } from '@app/config';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveWorkerSettings } from './worker-settings';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('resolveWorkerSettings', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'worker-settings-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const resolve = (variables: Record<string, string>) =>
    resolveWorkerSettings(validateEnvironment({ DATA_DIR: dataDir, ...variables }));

  it('serves the database named by DATABASE_URL with the APP_SECRET given', () => {
    const settings = resolve({ DATABASE_URL: 'postgres://db.internal/acd', APP_SECRET: SECRET });
    expect(settings).toMatchObject({
      databaseUrl: 'postgres://db.internal/acd',
      appSecret: SECRET,
      embeddedDatabase: false,
    });
  });

  it('refuses DATABASE_URL without APP_SECRET, naming the variable', () => {
    expect(() => resolve({ DATABASE_URL: 'postgres://db.internal/acd' })).toThrow(InvalidEnvironmentError);
    expect(() => resolve({ DATABASE_URL: 'postgres://db.internal/acd' })).toThrow(/APP_SECRET: required/);
  });

  it('joins the embedded database of a running `npm start`, with the secret it keeps', async () => {
    await writeFile(join(dataDir, 'app-secret'), `${SECRET}\n`);
    const settings = resolve({ EMBEDDED_PG_PORT: '55001' });
    expect(settings).toMatchObject({
      databaseUrl: 'postgres://postgres:postgres@127.0.0.1:55001/affirming_care',
      appSecret: SECRET,
      embeddedDatabase: true,
    });
  });

  it('says to start the API first when there is neither a DATABASE_URL nor an embedded database', () => {
    expect(() => resolve({})).toThrow(/start the API once with `npm start`/);
  });
});
