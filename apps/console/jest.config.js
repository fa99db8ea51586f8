// Unit tests of the console's server (no I/O beyond loopback HTTP it starts itself) and of the web
// app's pure functions (web/src/**/*.spec.ts: they import describe/expect from @jest/globals, since
// the web app's tsconfig has no jest types).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'console',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/web/src/**/*.spec.ts'],
};
