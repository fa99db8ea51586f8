// The console in a real browser (Debian's chromium driven by playwright-core) against the real
// platform: every service, the local OpenID provider and the console's server as processes of their
// own, started once for the whole file (console.e2e-spec.ts) — a start-up costs ~40 s on 2 cores.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'console',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/../../libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/jest/global-teardown.ts',
  testTimeout: 240000,
};
