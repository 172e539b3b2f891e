import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Builds page/lab.ts (the generator, the app's TwoFeetDb and domain code) into one IIFE
 * script, in memory. It is minified and built for production like the app's renderer.
 */
export async function buildLabBundle(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: resolve(root, 'tools/bench/page/lab.ts'),
        formats: ['iife'],
        name: 'twoFeetBenchLab',
        fileName: () => 'lab.js',
      },
    },
  });
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    for (const chunk of output.output) {
      if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code;
    }
  }
  throw new Error('Building the lab bundle produced no script.');
}
