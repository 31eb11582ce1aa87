module.exports = { ...require('../../jest.preset.js'), displayName: 'names', rootDir: __dirname };
