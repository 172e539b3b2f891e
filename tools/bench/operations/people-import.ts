import type { DatasetSummary } from '../data/dataset';
import { CSV_HEADER } from '../data/people';
import { BUDGET_MS, type BenchContext, type Operation, repeat } from '../operation';
import { callLab, callProbe } from '../page/call';
import type { ReadyMark, ReadyTarget } from '../page/probes';

/**
 * An import writes 5,000 rows and takes seconds, so it runs fewer times than the other
 * operations: at most this many timed runs (and one warm-up), whatever BENCH_RUNS says.
 */
export const IMPORT_RUNS = 5;
const IMPORT_WARMUPS = 1;
const SETTLE_MS = 100;
const TIMEOUT_MS = 60_000;

const SECTION = 'section[aria-labelledby="import-title"]';

/**
 * A task started by a click (or a file chosen) counts as showing progress only when the
 * indicator appears within a click's budget: until it does, the user waits without a sign.
 */
export const PROGRESS_WITHIN_MS = BUDGET_MS.click;

const n = (count: number) => count.toLocaleString('en-GB');

/** Step 2, "Match the columns": a choice for every column of the file. */
export function importColumnsTarget(): ReadyTarget {
  return {
    name: 'import-columns',
    conditions: [{ selector: `${SECTION} .mapping-grid select`, min: CSV_HEADER.length }],
  };
}

/** Step 3, "Check every row": the counts say every row is ready and the first page is shown. */
export function importPreviewTarget(dataset: DatasetSummary): ReadyTarget {
  const rows = dataset.people.rows;
  return {
    name: 'import-preview',
    conditions: [
      { selector: `${SECTION} ul.import-counts li`, min: 1, text: `${n(rows)} ready to import` },
      { selector: `${SECTION} [role="status"]`, min: 1, text: `of ${n(rows)} rows.` },
      { selector: `${SECTION} table tbody tr`, min: Math.min(rows, 50) },
    ],
  };
}

/** Step 4, "Import finished": only shown once the transaction has committed. */
export function importDoneTarget(dataset: DatasetSummary): ReadyTarget {
  const rows = dataset.people.rows;
  return {
    name: 'import-done',
    conditions: [
      { selector: `${SECTION} .notice--success`, min: 1, text: `Imported ${n(rows)} people` },
    ],
  };
}

function spent(mark: ReadyMark): number {
  if (mark.startedAt === null || mark.readyAt === null)
    throw new Error('The wait was not measured.');
  return mark.readyAt - mark.startedAt;
}

/** Until a progress indicator appeared, when one did (NaN otherwise). */
function toProgress(mark: ReadyMark): number {
  if (mark.startedAt === null || mark.progressAt === null) return Number.NaN;
  return mark.progressAt - mark.startedAt;
}

/** Per run, whether a progress indicator appeared, and soon enough (PROGRESS_WITHIN_MS). */
function promptProgress(marks: readonly ReadyMark[]): boolean[] {
  return marks.map((m) => m.progressSeen && toProgress(m) <= PROGRESS_WITHIN_MS);
}

/** Says when a progress indicator came, but too late to count. */
function lateProgress(marks: readonly ReadyMark[]): string[] {
  const late = marks.map(toProgress).filter((ms) => ms > PROGRESS_WITHIN_MS);
  if (late.length === 0) return [];
  const sorted = [...late].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return [
    `In ${late.length} of ${marks.length} runs a progress indicator appeared only ` +
      `${Math.round(median)} ms (median; ${Math.round(sorted[sorted.length - 1] ?? 0)} ms at worst) ` +
      `after the wait began, so it does not count (it must appear within ${PROGRESS_WITHIN_MS} ms).`,
  ];
}

/** Timings kept in the JSON: to the next frame, and to the progress indicator when shown. */
function extra(marks: readonly ReadyMark[]): Record<string, number[]> {
  const result: Record<string, number[]> = { toNextFrame: marks.map(spentToFrame) };
  if (marks.some((m) => m.progressSeen)) result.toProgress = marks.map(toProgress);
  return result;
}

function spentToFrame(mark: ReadyMark): number {
  if (mark.startedAt === null || mark.frameAt === null)
    throw new Error('The wait was not measured.');
  return mark.frameAt - mark.startedAt;
}

/**
 * Import of a 5,000-row CSV through the real import screen (#/people/import), into an empty
 * people table, one run at a time:
 *  - choose the file (the app's hidden file input, answered with the generated CSV): from the
 *    input's change event to step 2 with a choice for every column;
 *  - "Check every row": from the click to step 3 showing all 5,000 rows ready;
 *  - "Import 5,000 people": from the click to step 4, "Import finished", which the app only
 *    shows once the transaction has committed; then the rows are counted in IndexedDB.
 * Floors, in the lab page: the app's readCsv() over the same bytes; the domain's
 * buildImportPreview() over the parsed rows; bulkAdd of the same 5,000 person records in one
 * transaction through TwoFeetDb. The people table is emptied before every run.
 */
export const peopleImportOperation: Operation = {
  id: 'people-import',
  async run(ctx) {
    const { lab, dataset } = ctx;
    const heavy = {
      warmups: Math.min(ctx.warmups, IMPORT_WARMUPS),
      runs: Math.min(ctx.runs, IMPORT_RUNS),
    };
    const csv = await callLab(lab, 'peopleCsv');
    const file = {
      name: csv.fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.text, 'utf8'),
    };
    const rows = dataset.people.rows;
    ctx.log(
      `import: ${n(csv.rows)}-row CSV (${Math.round(file.buffer.length / 1024)} KB), ` +
        `${heavy.warmups} warm-up + ${heavy.runs} runs`,
    );

    // The app page must not watch the people table while the floors write it: its live
    // queries would re-run on every write, on the same CPUs.
    await ctx.app.goto('about:blank');
    ctx.log('import: floors (readCsv, buildImportPreview, bulkAdd)');
    const parses = await repeat(heavy, async () => ({
      read: await callLab(lab, 'readPeopleCsv'),
      preview: await callLab(lab, 'previewPeopleCsv'),
    }));
    const writes = await repeat(heavy, async () => {
      await callLab(lab, 'clearPeople');
      await lab.waitForTimeout(SETTLE_MS);
      return callLab(lab, 'addPeopleWithDexie');
    });
    const warnings: string[] = [];
    const floorPreview = parses[0]?.preview;
    if (floorPreview && floorPreview.ok !== rows) {
      warnings.push(
        `buildImportPreview() found ${floorPreview.ok} rows ready, ${floorPreview.error} with errors ` +
          `and ${floorPreview.duplicate} duplicates, not ${rows} ready.`,
      );
    }

    ctx.log('import: through the import screen');
    const runs = await repeat(heavy, () => importOnce(ctx, file, rows));
    // Put the generated register back (the import gave everyone new ids): the attendance,
    // votes, survey responses and claims the later operations read refer to those people.
    await ctx.app.goto('about:blank');
    await callLab(lab, 'seedPeople');

    return [
      {
        operation: `import ${n(rows)}-row CSV: file chosen → columns step (${heavy.runs} runs)`,
        kind: 'task',
        samples: runs.map((r) => spent(r.columns)),
        floor: "the app's readCsv() over the same bytes",
        floorSamples: parses.map((f) => f.read.ms),
        warnings: lateProgress(runs.map((r) => r.columns)),
        progress: promptProgress(runs.map((r) => r.columns)),
        extra: extra(runs.map((r) => r.columns)),
      },
      {
        operation: `import ${n(rows)}-row CSV: "Check every row" → preview (${heavy.runs} runs)`,
        kind: 'task',
        samples: runs.map((r) => spent(r.preview)),
        floor: 'buildImportPreview() over the parsed rows',
        floorSamples: parses.map((f) => f.preview.ms),
        progress: promptProgress(runs.map((r) => r.preview)),
        extra: extra(runs.map((r) => r.preview)),
        warnings: [...warnings, ...lateProgress(runs.map((r) => r.preview))],
      },
      {
        operation: `import ${n(rows)}-row CSV: "Import ${n(rows)} people" → done (${heavy.runs} runs)`,
        kind: 'task',
        samples: runs.map((r) => spent(r.done)),
        floor: `Dexie bulkAdd of ${n(rows)} people, one transaction`,
        floorSamples: writes,
        progress: promptProgress(runs.map((r) => r.done)),
        extra: extra(runs.map((r) => r.done)),
        info: { csvBytes: file.buffer.length, csvFileName: file.name },
        warnings: lateProgress(runs.map((r) => r.done)),
      },
    ];
  },
};

async function importOnce(
  ctx: BenchContext,
  file: { name: string; mimeType: string; buffer: Buffer },
  rows: number,
): Promise<{ columns: ReadyMark; preview: ReadyMark; done: ReadyMark }> {
  const { app, lab } = ctx;
  await callLab(lab, 'clearPeople');
  await lab.waitForTimeout(SETTLE_MS);
  await app.goto('about:blank');
  await app.goto(`${ctx.baseUrl}/#/people/import`, { waitUntil: 'commit' });
  await app.waitForFunction(() => window.__benchProbe !== undefined);
  const choose = app.getByRole('button', { name: 'Choose a file' });
  await choose.waitFor({ timeout: TIMEOUT_MS });

  await callProbe(app, 'arm', 'import-columns', 'file');
  const [chooser] = await Promise.all([app.waitForEvent('filechooser'), choose.click()]);
  await chooser.setFiles(file);
  const columns = await callProbe(app, 'waitReady', 'import-columns', TIMEOUT_MS);

  await callProbe(app, 'arm', 'import-preview', 'click');
  await app.getByRole('button', { name: 'Check every row' }).click();
  const preview = await callProbe(app, 'waitReady', 'import-preview', TIMEOUT_MS);

  await callProbe(app, 'arm', 'import-done', 'click');
  await app.getByRole('button', { name: `Import ${n(rows)} people` }).click();
  const done = await callProbe(app, 'waitReady', 'import-done', TIMEOUT_MS);

  const stored = await callLab(lab, 'countPeople');
  if (stored !== rows) {
    throw new Error(`After the import, the people table holds ${stored} rows, not ${rows}.`);
  }
  return { columns, preview, done };
}
