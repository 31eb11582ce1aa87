// Shared Jest settings for every Muster project: SWC transpiles TypeScript (with the decorator metadata NestJS needs)
// and resolves @muster/* to the libs' public index; one global setup provides real PostgreSQL and Kafka.
const { join } = require('path');
const { compilerOptions } = require('./tsconfig.base.json');

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
          // SWC rewrites @muster/* imports as it transpiles — tests and Jest's global setup alike.
          baseUrl: __dirname,
          paths: compilerOptions.paths,
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  // NestJS and class-validator read decorator metadata through the Reflect API.
  setupFiles: ['reflect-metadata'],
  globalSetup: join(__dirname, 'infra/src/jest/global-setup.ts'),
  globalTeardown: join(__dirname, 'infra/src/jest/global-teardown.ts'),
  testTimeout: 90000,
};
