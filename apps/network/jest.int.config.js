// Integration tests against the real Kafka and FerretDB chosen by @icn/testing's test environment.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'network:integration',
  rootDir: __dirname,
  // class-validator/Nest decorators read design-time metadata, which needs the polyfill loaded first.
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/../../libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/jest/global-teardown.ts',
  testTimeout: 120000,
};
