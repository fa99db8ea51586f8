// Cross-service end-to-end and fault scenarios. They spawn the COMPILED services
// (dist/out-tsc, built by `npm run build`) as separate processes against the real Kafka and
// FerretDB chosen by @icn/testing's test environment, so they run one file at a time
// (`--runInBand`): two files killing and restarting processes at once would starve a 2-core box.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts', '<rootDir>/faults/**/*.e2e-spec.ts'],
  // The test environment, plus the emitted-events contract check: every event the scenarios emit
  // on the icn.* topics is validated against docs/asyncapi after the last one (contract/).
  globalSetup: '<rootDir>/contract/global-setup.ts',
  globalTeardown: '<rootDir>/contract/global-teardown.ts',
  // A scenario includes service start-ups, a Kafka group rebalance after a kill -9 (up to the
  // consumer session timeout) and the convergence of ~1,000 events.
  testTimeout: 240000,
};
