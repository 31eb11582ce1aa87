import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

// The rules that keep Muster's shape: services use libs only, never each other; pure code never reaches
// for frameworks or infrastructure. Each constraint names tags that projects really carry.
const infrastructure = ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', 'express', 'testcontainers', '@testcontainers/*'];

const TEST_FILES = ['**/*.spec.ts', '**/test/**/*.ts', '**/test-support/**/*.ts', '**/spec-support.ts'];

// The console's browser code may use only pure libraries (it is bundled for the browser); its gateway, a Node server,
// may also use the libs (auth, to mint development tokens).
const CONSOLE_SERVER = ['apps/console/server/**/*.ts'];

function boundaries({ tests, consoleServer = false }) {
  const testing = tests ? ['type:testing'] : [];
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow: [],
      depConstraints: [
        { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib', 'type:pure', ...testing] },
        { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:pure', ...testing] },
        { sourceTag: 'type:pure', onlyDependOnLibsWithTags: ['type:pure'], bannedExternalImports: infrastructure },
        {
          sourceTag: 'type:testing',
          onlyDependOnLibsWithTags: ['type:lib', 'type:pure', 'type:infra', 'type:testing'],
        },
        { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:lib', 'type:pure'] },
        { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:lib', 'type:pure', 'type:testing', 'type:infra'] },
        // End-to-end specs drive the services as processes, over HTTP and Kafka only: no service is importable.
        { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:pure', 'type:testing', 'type:infra'] },
        {
          sourceTag: 'type:app',
          onlyDependOnLibsWithTags: consoleServer ? ['type:lib', 'type:pure'] : ['type:pure'],
          bannedExternalImports: consoleServer ? [] : infrastructure,
        },
        // Code generators: pure libs at most; no constraint above allows type:tooling, so nothing may depend on them.
        { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:pure'] },
      ],
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  { ignores: ['**/node_modules/**', '**/dist/**', '.muster/**', '.nx/**', 'coverage/**', 'tmp/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: false }) },
  },
  {
    // Tests may also use the testing libraries; production code never does.
    files: TEST_FILES,
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: true }) },
  },
  {
    files: CONSOLE_SERVER,
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: false, consoleServer: true }) },
  },
  {
    // A decider and its events are plain functions and data: no framework, no I/O.
    files: ['**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: infrastructure, message: 'domain code is pure: no frameworks or infrastructure' }] },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
];
