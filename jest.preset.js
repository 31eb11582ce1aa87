// Shared Jest settings for every Muster project: SWC transpiles TypeScript (with the decorator metadata NestJS needs),
// @muster/* resolves to the libs' public index, and one global setup provides real PostgreSQL and Kafka.
const { join } = require('path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, join(__dirname, target)]),
);

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleNameMapper,
  // NestJS and class-validator read decorator metadata through the Reflect API.
  setupFiles: ['reflect-metadata'],
  globalSetup: join(__dirname, 'infra/src/jest/global-setup.ts'),
  globalTeardown: join(__dirname, 'infra/src/jest/global-teardown.ts'),
  testTimeout: 60000,
};
