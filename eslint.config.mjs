// Lint rules: typescript-eslint's recommended set, plus the determinism rules that matter for
// workflow code (no wall-clock time, randomness or timers outside the Temporal SDK).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tools/', 'data/', 'coverage/', 'test/histories/', 'web/dist/', 'web/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['*.js'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  {
    // Workflow code runs in Temporal's deterministic sandbox (its Date.now() is workflow time);
    // what must stay out is I/O and zod (STACK-NOTES: sdk-typescript#2227).
    files: ['src/workflows/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Keep zod out of workflow and domain code; validate at the edges.' }],
          patterns: [{ group: ['node:*', 'fs', 'path', 'http', 'net', 'child_process'], message: 'No I/O in workflow or domain code.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'Configuration is read once in src/config.ts and passed in.' }],
    },
  },
  {
    // Domain rules are pure functions: the time and any randomness come in as arguments.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Domain code must not read the clock; take the time as an argument.' },
        { object: 'Math', property: 'random', message: 'Domain code must be deterministic; take randomness as an argument.' },
      ],
    },
  },
);
