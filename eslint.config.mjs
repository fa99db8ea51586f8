// Lint rules for the whole workspace. Module boundaries (which project may import which) are
// enforced from the Nx tags in each project.json; see docs/adr/0002-module-boundaries.md.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.local/**', '.nx/**', 'deploy/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:messaging', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:messaging'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:messaging', 'type:testing'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:messaging', 'type:testing'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:membership', onlyDependOnLibsWithTags: ['scope:membership', 'scope:shared'] },
            { sourceTag: 'scope:matchmaking', onlyDependOnLibsWithTags: ['scope:matchmaking', 'scope:shared'] },
            { sourceTag: 'scope:opportunities', onlyDependOnLibsWithTags: ['scope:opportunities', 'scope:shared'] },
            { sourceTag: 'scope:consortia', onlyDependOnLibsWithTags: ['scope:consortia', 'scope:shared'] },
            { sourceTag: 'scope:network', onlyDependOnLibsWithTags: ['scope:network', 'scope:shared'] },
            { sourceTag: 'scope:demo-identity', onlyDependOnLibsWithTags: ['scope:demo-identity', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Layer rule (ADR 12): a domain folder holds pure decisions. It knows nothing of HTTP, the
    // database or the broker; its errors are @icn/platform's domain errors, which the platform's
    // exception filter maps to HTTP once.
    files: ['apps/**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'domain code is framework-free: throw DomainConflictError / DomainValidationError / DomainNotFoundError / DomainAccessDeniedError from @icn/platform' },
            { group: ['mongoose', 'mongodb'], message: 'domain code does not touch the database: persistence/ does' },
            { group: ['kafkajs'], message: 'domain code does not touch the broker: it returns events in a Change' },
          ],
        },
      ],
    },
  },
  {
    // Bad input is a 400 naming the field: a path id's too. Nest's ParseUUIDPipe does not say which
    // parameter it refused; @icn/platform's UuidParam (UuidV4Param) does.
    files: ['apps/**/*.controller.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@nestjs/common', importNames: ['ParseUUIDPipe'], message: 'use UuidParam or UuidV4Param from @icn/platform: its 400 names the parameter' }] },
      ],
    },
  },
  {
    // Every event the platform publishes goes through AcknowledgedProducer: kafkajs 2.2.4 can resolve
    // a send without writing every partition when a broker dies mid-send (tulios/kafkajs#1303).
    // Test fixtures write to a single broker, where that cannot happen.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing/**', 'libs/testing/**', 'libs/messaging/src/kafka/acknowledged-producer.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='producer']",
          message: 'publish through AcknowledgedProducer (@icn/messaging): a plain kafkajs producer can report a send done without every partition written',
        },
      ],
    },
  },
  {
    // CLIs and benchmarks print their results.
    files: ['**/*.cli.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The console's web application runs in browsers: accessibility rules (WCAG 2.2 AA is the bar,
    // issue 12) and the rules of React hooks are errors, like every other lint rule.
    files: ['apps/console/web/**/*.tsx', 'apps/console/web/**/*.ts'],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    rules: { ...jsxA11y.flatConfigs.strict.rules, ...reactHooks.configs.recommended.rules },
  },
);
