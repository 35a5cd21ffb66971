import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'drizzle', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md §11).' },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'src/web/**/*.ts', 'src/features/*/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Dependency direction: the browser code never reaches into the server, and pure rules
    // never reach into the database or HTTP layers.
    files: ['src/web/**', 'src/features/*/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/platform/db/**',
            '**/platform/http/**',
            '**/*.repository',
            '**/*.routes',
            'drizzle-orm*',
            'fastify*',
            'pg',
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.rules.ts', 'src/features/dispatch/optimizer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/platform/db/**',
            '**/platform/http/**',
            'drizzle-orm*',
            'fastify*',
            'pg',
            '@electric-sql/*',
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.ts', '*.config.js', 'drizzle.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
