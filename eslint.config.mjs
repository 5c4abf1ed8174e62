// eslint with typescript-eslint's recommended rules over the TypeScript sources, tests and scripts.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/out/**', 'node_modules/**', '.e2e/**', '.bench/**', 'test-results/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
