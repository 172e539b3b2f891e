import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { BENCH_NOW } from './data/calendar';
import { DEFAULT_SEED, FULL_SIZES } from './data/dataset';
import { buildLabBundle } from './lab-bundle';
import type { BenchContext, Measurement } from './operation';
import { SEARCH_INPUT, SEARCH_STATUS } from './operations/event-search';
import { APP_SHELL_TARGET, eventsListTarget } from './operations/events-screen';
import { OPERATIONS } from './operations/index';
import {
  importColumnsTarget,
  importDoneTarget,
  importPreviewTarget,
} from './operations/people-import';
import { PEOPLE_SEARCH } from './operations/people-search';
import { callLab } from './page/call';
import { installProbes, type ProbeConfig } from './page/probes';
import { formatTable, toRow } from './report';
import { startPreview } from './server';

export interface Settings {
  runs: number;
  warmups: number;
  port: number;
  /** A *.localhost name: Chromium resolves it to 127.0.0.1 and treats it as secure. */
  host: string;
  seed: string;
  timeoutS: number;
  /** Operation ids to run (seed always runs); empty for all. */
  only: string[];
}

export function readSettings(env: NodeJS.ProcessEnv, argv: readonly string[]): Settings {
  const int = (name: string, fallback: number, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}".`);
    }
    return value;
  };
  const quick = argv.includes('--quick');
  const only = argv.filter((a) => !a.startsWith('--'));
  const known = OPERATIONS.map((op) => op.id);
  const unknown = only.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new Error(`Unknown operation ${unknown.join(', ')}; known: ${known.join(', ')}.`);
  }
  return {
    runs: int('BENCH_RUNS', quick ? 3 : 15, 1),
    warmups: int('BENCH_WARMUPS', quick ? 1 : 2, 0),
    port: int('BENCH_PORT', 5299, 1),
    host: env.BENCH_HOST || 'two-feet.localhost',
    seed: env.BENCH_SEED || DEFAULT_SEED,
    timeoutS: int('BENCH_TIMEOUT_S', quick ? 2400 : 3600, 10),
    only,
  };
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** Runs the whole benchmark; throws (and cleans up) on any error. Slow results are not errors. */
export async function main({ root, argv }: { root: string; argv: readonly string[] }) {
  const settings = readSettings(process.env, argv);
  const began = Date.now();
  const baseUrl = `http://${settings.host}:${settings.port}`;

  log('building the lab bundle (generator + TwoFeetDb)');
  const labScript = await buildLabBundle(root);
  const server = await startPreview(root, settings.port, (m) => log(`WARNING: ${m}`));
  log(`serving out/renderer at ${baseUrl}`);
  let browser: LaunchedBrowser | undefined;
  const pageErrors: string[] = [];
  try {
    browser = await launchBrowser();
    // Filled as the operations finish, so that a timeout can still show what was measured.
    const measured: Measurement[] = [];
    const run = measureAll(browser, { settings, baseUrl, labScript, pageErrors, measured });
    // After a timeout, closing the browser makes the abandoned run fail: that is expected.
    run.catch(() => {});
    const { measurements, chromium, dataset, labTimer } = await withTimeout(
      run,
      settings.timeoutS,
    ).catch((error: unknown) => {
      if (measured.length > 0) {
        log(`stopped: the rows measured until then (not written to bench-results):`);
        process.stderr.write(`${formatTable(measured.map(toRow))}\n`);
      }
      throw error;
    });
    const rows = measurements.map(toRow);

    process.stdout.write(`${formatTable(rows)}\n`);
    for (const row of rows) {
      for (const warning of row.warnings) log(`WARNING (${row.operation}): ${warning}`);
    }

    const report = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        os: `${platform()} ${release()}`,
        node: process.version,
        chromium: chromium.product,
        v8: chromium.jsVersion,
      },
      settings: {
        runs: settings.runs,
        warmups: settings.warmups,
        url: baseUrl,
        pinnedNow: BENCH_NOW,
        labTimer,
        operations: settings.only.length > 0 ? settings.only : 'all',
      },
      dataset,
      durationS: Math.round((Date.now() - began) / 1000),
      rows,
    };
    const dir = resolve(root, 'bench-results');
    mkdirSync(dir, { recursive: true });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    writeFileSync(resolve(dir, 'latest.json'), json);
    writeFileSync(resolve(dir, `${report.date.replace(/[:.]/g, '-')}.json`), json);
    log(
      `dataset ${dataset.fingerprint}, people ${dataset.people.fingerprint}, ` +
        `groups ${JSON.stringify(dataset.fingerprints)}, ` +
        `${report.machine.cpus} CPUs, Node ${report.machine.node}, ${chromium.product}; ` +
        `${settings.warmups} warm-ups + ${settings.runs} runs; took ${report.durationS} s`,
    );
    log('wrote bench-results/latest.json');
    if (pageErrors.length > 0) throw new Error('The pages reported errors (listed above).');
  } finally {
    if (pageErrors.length > 0) log(`the pages reported:\n  ${pageErrors.join('\n  ')}`);
    await browser?.close().catch((error: unknown) => log(`closing Chromium: ${String(error)}`));
    await server.close().catch((error: unknown) => log(`stopping the server: ${String(error)}`));
  }
}

async function measureAll(
  browser: LaunchedBrowser,
  {
    settings,
    baseUrl,
    labScript,
    pageErrors,
    measured,
  }: {
    settings: Settings;
    baseUrl: string;
    labScript: string;
    pageErrors: string[];
    measured: Measurement[];
  },
) {
  const { context } = browser;
  const watch = (page: Page, name: string) => {
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) {
        pageErrors.push(`${name}: HTTP ${response.status()} for ${response.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'failed';
      // Leaving a page aborts what it was still fetching; that is not an error.
      if (reason !== 'net::ERR_ABORTED') pageErrors.push(`${name}: ${reason} for ${request.url()}`);
    });
  };

  // The lab: a blank page on the app's origin (so it shares the app's IndexedDB), served by
  // Playwright rather than by the app. Cross-origin isolation gives it a finer timer.
  const lab = context.pages()[0] ?? (await context.newPage());
  watch(lab, 'lab page');
  await lab.route(`${baseUrl}/__bench/**`, (route) => {
    const isolated = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    };
    if (route.request().url().endsWith('/lab.js')) {
      return route.fulfill({ contentType: 'text/javascript', headers: isolated, body: labScript });
    }
    return route.fulfill({
      contentType: 'text/html',
      headers: isolated,
      body: '<!doctype html><meta charset="utf-8"><title>Two Feet bench lab</title><script src="/__bench/lab.js"></script>',
    });
  });
  await lab.goto(`${baseUrl}/__bench/lab.html`);
  await lab.waitForFunction(() => window.twoFeetBench !== undefined);
  const labTimer = (await lab.evaluate(() => crossOriginIsolated))
    ? 'cross-origin isolated (5 µs)'
    : 'not isolated (100 µs)';
  const cdp = await context.newCDPSession(lab);
  const chromium = await cdp.send('Browser.getVersion');
  await cdp.detach();

  log('generating the dataset in the page');
  const dataset = await callLab(lab, 'prepare', { seed: settings.seed, sizes: FULL_SIZES });
  log(
    `dataset ${dataset.fingerprint}: events ${JSON.stringify(dataset.events)}; ` +
      `people ${dataset.people.fingerprint}: ${JSON.stringify(dataset.people)}`,
  );
  log(`rows per table: ${JSON.stringify(dataset.tables)}`);
  log(
    `totals: ${JSON.stringify(dataset.totals)}; fingerprints ${JSON.stringify(dataset.fingerprints)}`,
  );

  const app = await context.newPage();
  watch(app, 'app page');
  const probes: ProbeConfig = {
    fixedNow: Date.parse(BENCH_NOW),
    targets: [
      APP_SHELL_TARGET,
      eventsListTarget(dataset),
      importColumnsTarget(),
      importPreviewTarget(dataset),
      importDoneTarget(dataset),
    ],
    armOnNavigation: [{ name: APP_SHELL_TARGET.name }, { name: 'events-list', hash: '#/events' }],
    progressSelector: '[aria-busy="true"], [role="progressbar"], progress',
    searches: [{ input: SEARCH_INPUT, status: SEARCH_STATUS, trimQuery: false }, PEOPLE_SEARCH],
  };
  await app.addInitScript(installProbes, probes);

  const ctx: BenchContext = {
    baseUrl,
    lab,
    app,
    dataset,
    warmups: settings.warmups,
    runs: settings.runs,
    log,
  };
  const measurements = measured;
  for (const operation of OPERATIONS) {
    if (
      operation.id !== 'seed' &&
      settings.only.length > 0 &&
      !settings.only.includes(operation.id)
    ) {
      continue;
    }
    measurements.push(...(await operation.run(ctx)));
  }
  await callLab(lab, 'close');
  return { measurements, chromium, dataset, labTimer };
}

function withTimeout<T>(work: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The benchmark took longer than ${seconds} s (BENCH_TIMEOUT_S).`)),
      seconds * 1000,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
