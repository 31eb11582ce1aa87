// Runs every project's tests in one Jest process (lean on a 2-core machine); `nx test <project>` runs one.
module.exports = {
  // A global option: the projects' own testTimeout is ignored when they run together.
  testTimeout: 90000,
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/services/*/jest.config.js',
    '<rootDir>/infra/jest.config.js',
    '<rootDir>/e2e/jest.config.js',
    '<rootDir>/apps/*/jest.config.js',
  ],
};
