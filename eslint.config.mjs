import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'stream',
  'util',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      '.tsbuild/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer runs sandboxed in Electron and in a plain browser: no Node, no Electron.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', ...nodeModules],
              message: 'The renderer cannot use Node or Electron; go through platform/.',
            },
            {
              group: ['**/src-main/main/**', '**/src-main/preload/**'],
              message: 'The renderer only shares the API types in src-main/shared/api.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/domain/**/*.ts'],
    rules: {
      // domain/ is the pure core: inputs in, values out.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'dexie',
                'dexie-*',
                'jspdf',
                'jspdf-*',
                'electron',
                'electron/*',
                ...nodeModules,
              ],
              message: 'domain/ is pure: no React, Dexie, jsPDF, Electron or Node.',
            },
            {
              group: [
                '**/data/**',
                '**/features/**',
                '**/ui/**',
                '**/platform/**',
                '**/exports/**',
                '**/app/**',
              ],
              message: 'domain/ imports only domain/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', ...nodeModules],
              message: 'A sandboxed preload can only require electron; validation happens in main.',
            },
          ],
        },
      ],
    },
  },
);
