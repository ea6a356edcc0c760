// ESLint with typescript-eslint's recommended rules, and Prettier for the layout (the rules that
// would fight it are off). `npm test` runs it; `npm run lint` alone; `npm run format` rewrites.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', 'test/generated/', 'examples/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: globals.node,
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Control characters are what the terminal-safety code looks for (ui/format.ts, the tests of it).
      'no-control-regex': 'off',
    },
  },
  {
    // The sources with their types: an assertion that asserts nothing (a cast to the type the value
    // has, a `!` on what cannot be null) is an error, so that casts stay the few that say something.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'error' },
  },
  prettier,
);
