// Lint: TypeScript rules, and the engine boundary: nothing under src/core may import vscode or the file system.
import tseslint from 'typescript-eslint';

const engineBoundary = {
  paths: [
    { name: 'vscode', message: 'src/core is the editor-independent engine: adapt it in src/vscode instead.' },
    ...['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'http', 'node:http', 'https', 'node:https', 'net', 'node:net'].map((name) => ({
      name,
      message: 'src/core takes text from its host and does no I/O of its own.',
    })),
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'media/**/*.min.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', engineBoundary],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'The engine makes no network request.' }, { name: 'process', message: 'The engine takes its settings from its host.' }],
    },
  },
);
