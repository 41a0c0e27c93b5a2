import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'src/generated/**',
      'node_modules/**',
      'fixtures/**',
      '.artifacts/**',
      'coverage/**',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    // src/github.ts is the Action's GitHub client, bundled on its own (scripts/build.mjs); src/host.ts
    // is where the two entries run an evaluation (which thread, its output, its exit code).
    ignores: ['src/bin.ts', 'src/cli.ts', 'src/action-entry.ts', 'src/action.ts', 'src/github.ts', 'src/host.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'process',
          message:
            'Only the entries (src/bin.ts, src/action-entry.ts), the adapters (src/cli.ts, src/action.ts) and src/host.ts touch process.',
        },
      ],
      'no-restricted-imports': ['error', { patterns: ['@actions/*'] }],
    },
  },
);
