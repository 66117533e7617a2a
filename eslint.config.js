// Flat config: typescript-eslint with type information, so promises that are never awaited are caught, and the code
// base's boundaries (ARCHITECTURE.md): which library may import which, only through its entry point; only a table's
// owner names it in SQL; SQL lives in repositories. eslint-rules/architecture.js holds the order and the owners.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');
const boundaries = require('./eslint-rules');
const { LIBRARIES, importableBy } = require('./eslint-rules/architecture');

const SPEC_FILES = [
  '**/*.spec.ts',
  '**/*.integration-spec.ts',
  '**/*.service-spec.ts',
  '**/*.e2e-spec.ts',
  '**/*.browser-spec.ts',
];

const THROUGH_ENTRY_POINT = {
  regex: '^@app/[^/]+/(?!testing$)',
  message: 'Import a library through its entry point, @app/<lib> (tests and the benchmark: @app/<lib>/testing).',
};
const NO_TESTING_ENTRY_POINT = {
  regex: '^@app/[^/]+/testing$',
  message: '@app/<lib>/testing is for tests and the benchmark only; use the library’s public API.',
};

/** The import direction of one library, for its code and (still one-way) its specs. */
function libraryImportRules(library) {
  const allowed = importableBy(library);
  const direction = {
    regex: `^@app/(${LIBRARIES.filter((name) => !allowed.includes(name)).join('|')})(/|$)`,
    message: `libs/${library} may import ${allowed.length ? `only @app/{${allowed.join(',')}}` : 'no other library'}, and its own files by relative paths (ARCHITECTURE.md).`,
  };
  return [
    {
      files: [`libs/${library}/**/*.ts`],
      rules: restrictImports(direction, THROUGH_ENTRY_POINT, NO_TESTING_ENTRY_POINT),
    },
    {
      files: SPEC_FILES.map((glob) => `libs/${library}/${glob}`),
      rules: restrictImports(direction, THROUGH_ENTRY_POINT),
    },
  ];
}

function restrictImports(...patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

module.exports = tseslint.config(
  // Only TypeScript is linted: the CommonJS configuration files are plain data, and the local rules
  // (eslint-rules/*.js) are proven by their specs.
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      'apps/web/build/**',
      'apps/web/.react-router/**',
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.service-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      // supertest bodies are untyped JSON; tests assert on their shape instead.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    plugins: { boundaries },
    rules: {
      'boundaries/no-relative-escape': 'error',
      'boundaries/no-foreign-table-read': 'error',
      'boundaries/no-foreign-table-write': 'error',
      'boundaries/sql-in-repositories': 'error',
    },
  },
  // no-restricted-imports options do not merge: each block below states every pattern for the files it matches, and
  // a later block wins (specs after code).
  { files: ['apps/**/*.{ts,tsx}'], rules: restrictImports(THROUGH_ENTRY_POINT, NO_TESTING_ENTRY_POINT) },
  ...LIBRARIES.flatMap(libraryImportRules),
  // Tests and the benchmark may use the testing entry points; libraries' own specs keep their direction above.
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', ...SPEC_FILES],
    ignores: ['libs/**'],
    rules: restrictImports(THROUGH_ENTRY_POINT),
  },
  {
    files: ['migrations/**/*.ts'],
    rules: restrictImports({ regex: '^@app/', message: 'Migrations are history: they never import the code base.' }),
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: {
      // React Router's loaders throw responses (redirects, 404s) by design.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'package', package: 'react-router', name: ['DataWithResponseInit', 'redirect'] },
            { from: 'lib', name: 'Response' },
          ],
        },
      ],
    },
  },
);
