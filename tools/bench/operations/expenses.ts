import type { Page } from '@playwright/test';
import { type Operation, repeat } from '../operation';
import { callLab } from '../page/call';

const n = (count: number) => count.toLocaleString('en-GB');

interface ClickSample {
  ms: number;
  progress: boolean;
  toProgress: number;
}

/**
 * Opens the queue afresh (not timed), then in the app page: clicks the button and waits until
 * the app announces the file was saved, watching for a progress indicator on the way.
 */
async function clickUntilSaved(
  app: Page,
  baseUrl: string,
  button: string,
  done: string,
  claims: number,
): Promise<ClickSample> {
  // A new document each time: a hash change alone would keep the last run's announcement.
  await app.goto('about:blank');
  await app.goto(`${baseUrl}/#/expenses`);
  await app
    .locator('.queue-totals', { hasText: `${n(claims)} claims` })
    .waitFor({ timeout: 60_000 });
  return app.evaluate(
    ({ button, done }) =>
      new Promise<ClickSample>((resolve, reject) => {
        const target = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === button,
        );
        if (!target) return reject(new Error(`No button "${button}".`));
        let toProgress = -1;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (toProgress < 0 && document.querySelector('progress'))
            toProgress = performance.now() - start;
          const toast = [...document.querySelectorAll('.toast')].some((t) =>
            t.textContent?.includes(done),
          );
          if (!toast) return;
          observer.disconnect();
          resolve({ ms: performance.now() - start, progress: toProgress >= 0, toProgress });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        target.click();
      }),
    { button, done },
  );
}

/**
 * Finance exports of the seeded 2,000 claims with 10,000 lines (and 2,000 receipt photos): the CSV for the finance system and the batch PDF summary, each from
 * the click on the Expenses screen until the app says the file is saved (in the browser, a
 * download). Floors: the lines of the claims in memory joined as plain CSV text; jsPDF and
 * autoTable over the same rows prepared in advance. The app's code without the screen
 * (loadQueue, then financeCsv or makeBatchPdf) is kept in the JSON as `appCodeInLab`.
 */
export const expensesOperation: Operation = {
  id: 'expenses',
  async run(ctx) {
    const { lab, app, baseUrl } = ctx;
    await app.goto('about:blank');
    const seeded = { claims: ctx.dataset.totals.claims, lines: ctx.dataset.totals.claimLines };
    ctx.log(`expenses: the seeded ${n(seeded.claims)} claims, ${n(seeded.lines)} lines`);

    ctx.log('expenses: CSV export');
    const csv = await repeat(ctx, () =>
      clickUntilSaved(app, baseUrl, 'Export CSV for finance', 'Exported', seeded.claims),
    );
    ctx.log('expenses: batch PDF');
    const pdf = await repeat(ctx, () =>
      clickUntilSaved(
        app,
        baseUrl,
        'Batch summary (PDF)',
        'Saved the batch summary',
        seeded.claims,
      ),
    );
    await app.goto('about:blank');
    const csvApp = await repeat(ctx, () => callLab(lab, 'expensesCsvApp'));
    const csvFloor = await repeat(ctx, () => callLab(lab, 'expensesCsvFloor'));
    const pdfApp = await repeat(ctx, () => callLab(lab, 'expensesPdfApp'));
    const pdfFloor = await repeat(ctx, () => callLab(lab, 'expensesPdfFloor'));

    const warnings: string[] = [];
    if (csvApp[0]?.rows !== seeded.lines)
      warnings.push(`The CSV had ${csvApp[0]?.rows} rows, not ${seeded.lines}.`);
    const what = `${n(seeded.claims)} claims, ${n(seeded.lines)} lines`;
    return [
      {
        operation: `expenses: CSV for finance, ${what} (click → saved)`,
        kind: 'task',
        samples: csv.map((s) => s.ms),
        progress: csv.map((s) => s.progress),
        floor: 'the same lines, in memory, joined as plain CSV text',
        floorSamples: csvFloor.map((s) => s.ms),
        extra: { appCodeInLab: csvApp.map((s) => s.ms), toProgress: csv.map((s) => s.toProgress) },
        info: { csvChars: csvApp[0]?.bytes },
        warnings,
      },
      {
        operation: `expenses: batch PDF summary, ${what} (click → saved)`,
        kind: 'task',
        samples: pdf.map((s) => s.ms),
        progress: pdf.map((s) => s.progress),
        floor: 'jsPDF + autoTable of the same rows, prepared in advance',
        floorSamples: pdfFloor.map((s) => s.ms),
        extra: { appCodeInLab: pdfApp.map((s) => s.ms), toProgress: pdf.map((s) => s.toProgress) },
        info: { pdfBytes: pdfApp[0]?.bytes },
      },
    ];
  },
};
