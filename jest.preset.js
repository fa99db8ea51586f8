// Shared Jest settings for every project. SWC transpiles TypeScript (with decorator metadata, which
// NestJS dependency injection needs); type errors are caught by the separate `typecheck` target.
const path = require('node:path');

const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
    // jose, openid-client and oauth4webapi ship only ES modules; Node (>= 20.19) requires them
    // natively, Jest's module loader does not, so SWC turns them into CommonJS for the tests.
    '^.+/node_modules/(jose|openid-client|oauth4webapi)/.+\\.js$': [
      '@swc/jest',
      { jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@icn/(contracts|messaging|platform|testing)$': path.join(root, 'libs/$1/src'),
    // The platform's second entry point, loaded by a service before everything else (ADR 15).
    '^@icn/platform/tracing$': path.join(root, 'libs/platform/src/tracing'),
  },
};
