module.exports = { ...require('../../jest.preset.js'), displayName: 'log-proofs', rootDir: __dirname };
