module.exports = { ...require('../../jest.preset.js'), displayName: 'equipment', rootDir: __dirname };
