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
    },
  },
);
