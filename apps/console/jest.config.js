// The console's gateway (a Node server) is tested with Jest like the rest of the back end; the browser code is tested
// with Vitest (vite.config.ts). The gateway's specs need no database or broker: no global setup.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'console-gateway',
  rootDir: __dirname,
  testMatch: ['<rootDir>/server/**/*.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
