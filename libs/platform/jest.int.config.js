// Integration tests against the real FerretDB chosen by @icn/testing's test environment.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'platform:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/../../libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/jest/global-teardown.ts',
  testTimeout: 120000,
};
