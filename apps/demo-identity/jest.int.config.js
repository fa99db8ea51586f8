// Integration tests: the real provider over real HTTP, in this process. No Kafka or MongoDB.
// oidc-provider ships only ES modules, like jose: SWC turns it into CommonJS for Jest as well.
const preset = require('../../jest.preset.js');

const esmOnly = '(jose|openid-client|oauth4webapi|oidc-provider)';
const [typescript, esmTransform] = Object.values(preset.transform);

module.exports = {
  ...preset,
  displayName: 'demo-identity:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': typescript, [`^.+/node_modules/${esmOnly}/.+\\.js$`]: esmTransform },
  transformIgnorePatterns: [`/node_modules/(?!${esmOnly}/)`],
  testTimeout: 60000,
};
