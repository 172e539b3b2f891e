import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { preview } from 'vite';

export interface RunningServer {
  close(): Promise<void>;
}

/**
 * Serves the built renderer the way `vite preview --outDir out/renderer` does, inside this
 * process, so that it always stops with the benchmark. It serves a copy taken at the start,
 * so that a rebuild during the run (another terminal, a test run) cannot change the app
 * under measurement.
 */
export async function startPreview(
  root: string,
  port: number,
  warn: (message: string) => void,
): Promise<RunningServer> {
  const built = resolve(root, process.env.TWO_FEET_OUT ?? 'out', 'renderer');
  if (!existsSync(resolve(built, 'index.html'))) {
    throw new Error(
      `${built}/index.html is missing: build the app first with \`npx electron-vite build\` ` +
        '(`npm run bench` does).',
    );
  }
  const builtAt = statSync(resolve(built, 'index.html')).mtimeMs;
  const changed = newestChange(resolve(root, 'src-renderer'));
  if (changed && changed.at > builtAt) {
    warn(
      `out/renderer is older than ${relative(root, changed.path)}: the benchmark measures the last build, ` +
        'while its lab page uses the current source (its database schema too). ' +
        'Run `npx electron-vite build` first (`npm run bench` does).',
    );
  }
  const outDir = mkdtempSync(join(tmpdir(), 'two-feet-bench-app-'));
  cpSync(built, outDir, { recursive: true });
  try {
    const server = await preview({
      configFile: false,
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    });
    return {
      async close() {
        await server.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(
      `Could not serve the app on port ${port} (${String(error)}). ` +
        'Set BENCH_PORT to a free port.',
      { cause: error },
    );
  }
}

/** The most recently changed file under `dir`. */
function newestChange(dir: string): { path: string; at: number } | undefined {
  let newest: { path: string; at: number } | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const at = statSync(path).mtimeMs;
    if (!newest || at > newest.at) newest = { path, at };
  }
  return newest;
}
