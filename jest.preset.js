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
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@icn/(contracts|messaging|platform|testing)$': path.join(root, 'libs/$1/src'),
  },
};
