const preset = require('../../jest.preset.js');

// @muster/testing reaches jose (ESM only) through platform → auth; SWC turns it into CommonJS for Jest here.
const swc = preset.transform['^.+\\.ts$'];
module.exports = {
  ...preset,
  displayName: 'messaging',
  rootDir: __dirname,
  transform: { ...preset.transform, '^.+/node_modules/jose/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
