import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { version } from './package.json';

// TWO_FEET_OUT lets two builds run side by side (for example while the tests of one run).
const OUT = resolve(__dirname, process.env.TWO_FEET_OUT ?? 'out');

// Source folders are not electron-vite's defaults (src/main, src/preload, src/renderer),
// so every entry is named explicitly. See ../shared/toolchain.md.
export default defineConfig({
  main: {
    build: {
      outDir: resolve(OUT, 'main'),
      lib: { entry: resolve(__dirname, 'src-main/main/index.ts'), formats: ['cjs'] },
    },
  },
  preload: {
    build: {
      outDir: resolve(OUT, 'preload'),
      // A sandboxed preload can only be CommonJS and can only require 'electron'.
      lib: { entry: resolve(__dirname, 'src-main/preload/index.ts'), formats: ['cjs'] },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [react()],
    build: {
      outDir: resolve(OUT, 'renderer'),
      emptyOutDir: true,
      // electron-vite leaves output unminified by default; the renderer's start-up cost matters.
      minify: true,
      rollupOptions: {
        input: resolve(__dirname, 'src-renderer/index.html'),
      },
    },
  },
});
