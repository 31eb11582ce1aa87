module.exports = { ...require('../../jest.preset.js'), displayName: 'personnel', rootDir: __dirname };
