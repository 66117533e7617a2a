import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

describe('generated GraphQL types', () => {
  it('match the committed schema.gql and the site’s documents', () => {
    const check = () =>
      execFileSync(process.execPath, [join(__dirname, '../../codegen.mjs'), '--check'], { stdio: 'pipe' });

    expect(check).not.toThrow();
  });
});
