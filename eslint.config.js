// ESLint flat config: typescript-eslint's type-aware recommended rules for src/ and test/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DOMAIN = ['rules', 'diff', 'query', 'matrix', 'import', 'course'];
const IO = ['node:fs', 'fs', 'node:fs/promises', 'node:child_process', 'child_process'];

/** One no-restricted-imports block per layer: what lies below it (and, for the pure ones, file access). */
function layers() {
  const below = (names) => names.flatMap((n) => [`**/${n}/**`, `./${n}/**`, `../${n}/**`]);
  const block = (files, forbidden, io, ignores = []) => ({
    files,
    ignores: ['**/*.test.ts', ...ignores],
    rules: {
      ...(io
        ? {
            'no-restricted-syntax': [
              'error',
              { selector: `ImportExpression[source.value=/^(node:)?(fs|fs\\/promises|child_process)$/]`, message: 'Files, git and stdin are touched in src/load/ only.' },
            ],
          }
        : {}),
      'no-restricted-imports': [
        'error',
        {
          ...(io ? { paths: IO.map((name) => ({ name, message: 'Files, git and stdin are touched in src/load/ only.' })) } : {}),
          ...(forbidden.length > 0 ? { patterns: [{ group: below(forbidden), message: 'src/ layers import only from above: model ← load ← rules/diff/query/matrix/import ← formatters ← cli.' }] } : {}),
        },
      ],
    },
  });
  return [
    block(['src/model/**/*.ts'], ['load', ...DOMAIN, 'formatters', 'cli'], true),
    block(['src/load/**/*.ts'], [...DOMAIN, 'formatters', 'cli'], false),
    block(['src/diff/**/*.ts', 'src/query/**/*.ts', 'src/matrix/**/*.ts', 'src/import/**/*.ts', 'src/course/**/*.ts'], ['formatters', 'cli'], true),
    block(['src/rules/**/*.ts'], ['formatters', 'cli'], true),
    block(['src/formatters/**/*.ts'], ['cli'], true),
    // The bin's entry writes to the process's streams itself; every other part of the CLI goes through load/.
    block(['src/cli/**/*.ts'], [], true, ['src/cli/main.ts']),
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', 'src/load/generated/', '.tmp/', 'test/golden/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bench/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Tests read JSON from the CLI's output: `any` there is checked by the assertions.
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // csv-parse's overloads: the assertion is what picks the rows' type.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  // The layers of src/, each importing only from those above it:
  // model ← load ← rules/diff/query/matrix/import ← formatters ← cli. Files are touched in load/
  // (and by the bin's entry); no other layer imports node:fs or node:child_process, statically or not.
  ...layers(),
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**', 'bench/**', 'bin/**', 'test/fixtures/**/*.mjs'],
    rules: { 'no-console': 'off' },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', performance: 'readonly', structuredClone: 'readonly' } },
  },
);
