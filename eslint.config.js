import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // core is pure: no I/O, no HTTP, SQL, React or Node-only modules.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'http', 'crypto'], message: 'core must not use Node-only modules.' },
            {
              group: ['fastify*', '@fastify/*', 'kysely', 'pg', 'better-sqlite3'],
              message: 'core knows no HTTP or SQL.',
            },
            { group: ['react', 'react-dom', 'react-*'], message: 'core knows no React.' },
            { group: ['@intyg/*'], message: 'core depends on nothing of ours.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/certificate-types/src/**/*.ts', 'packages/store/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@intyg/server', '@intyg/web'], message: 'Dependencies point toward core.' }] },
      ],
    },
  },
  {
    // pdf lays out and draws printouts: core and pdf-lib, no HTTP, SQL or other packages of ours.
    files: ['packages/pdf/src/**/*.ts'],
    ignores: ['packages/pdf/src/**/*.test.ts', 'packages/pdf/src/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fastify*', '@fastify/*', 'kysely', 'pg', 'better-sqlite3'],
              message: 'pdf knows no HTTP or SQL.',
            },
            { group: ['@intyg/*', '!@intyg/core'], message: 'pdf depends on core only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The web app runs in the browser.' },
            { group: ['@intyg/server', '@intyg/store'], message: 'The web app talks to the server over HTTP.' },
          ],
        },
      ],
    },
  },
);
