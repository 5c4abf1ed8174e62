// eslint with typescript-eslint's recommended rules over the TypeScript sources, tests and scripts.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['**/out/**', 'node_modules/**', '.e2e/**', '.bench/**', 'test-results/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      // Prettier wraps code at 120 columns but leaves long strings and comments alone: they are split by hand.
      'max-len': ['error', { code: 120, tabWidth: 2 }],
    },
  },
  // Being rewritten with the knowledge base packs on main: its long lines are split there.
  { files: ['scripts/kb-report.ts'], rules: { 'max-len': 'off' } },
);
