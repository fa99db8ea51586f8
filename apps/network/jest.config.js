// Unit tests: no I/O, next to the code they test.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'network',
  rootDir: __dirname,
  // class-validator/Nest decorators read design-time metadata, which needs the polyfill loaded first.
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
