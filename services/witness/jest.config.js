module.exports = { ...require('../../jest.preset.js'), displayName: 'witness', rootDir: __dirname };
