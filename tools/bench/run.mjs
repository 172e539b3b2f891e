#!/usr/bin/env node
/**
 * `npm run bench` → `electron-vite build && node tools/bench/run.mjs [--quick] [operation…]`
 *
 * Node 20 cannot run TypeScript, so this file is plain JavaScript and only loads main.ts
 * through Vite's module runner (`runnerImport`), which compiles TypeScript on the fly with
 * the same transforms as the app's build. Everything else is TypeScript, type-checked by
 * tsconfig.tools.json. See README.md in this folder.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

try {
  const { module } = await runnerImport(fileURLToPath(new URL('./main.ts', import.meta.url)), {
    root,
    logLevel: 'warn',
  });
  await module.main({ root, argv: process.argv.slice(2) });
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.BENCH_DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
}
