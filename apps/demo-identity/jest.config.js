// Unit tests: no I/O, next to the code they test.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'demo-identity',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
