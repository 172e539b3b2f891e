import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import { FEEDBACK_FORM_ID } from '../data/surveys';
import { type BenchContext, type Measurement, type Operation, repeat } from '../operation';
import { callLab } from '../page/call';
import { type ScreenCondition, timeScreen } from '../page/screen-timer';

const TIMEOUT_MS = 120_000;
const PROGRESS = '[aria-busy="true"], [role="progressbar"], progress';
const LOADED: ScreenCondition = { selector: 'main [aria-busy="true"]', min: 0, max: 0 };
const PDF_FLOOR = 'jsPDF + font, one empty page (the fixed cost of any PDF)';

interface Export {
  label: string;
  hash: string;
  ready: ScreenCondition[];
  /** The button's text, exactly. */
  button: string;
  pdf: boolean;
  noFloor?: string;
}

function exportsOf(ctx: BenchContext): Export[] {
  const { focus } = ctx.dataset;
  const meeting = focus.voting?.eventId ?? '';
  const taskforce = focus.surveyTaskforceId ?? '';
  const table = (id: string): ScreenCondition[] => [
    { selector: `#${id}`, min: 1 },
    { selector: 'table.report-table', min: 1 },
  ];
  return [
    {
      label: 'event report PDF (the 300-person meeting)',
      hash: `#/reports/event/${meeting}`,
      ready: table('event-report-title'),
      button: 'Save as PDF',
      pdf: true,
    },
    {
      label: 'taskforce report PDF',
      hash: `#/reports/taskforce/${taskforce}`,
      ready: table('taskforce-report-title'),
      button: 'Save as PDF',
      pdf: true,
    },
    {
      label: 'annual report PDF (2026)',
      hash: '#/reports/annual/2026-01-01_2026-12-31',
      ready: table('annual-report-title'),
      button: 'Save as PDF',
      pdf: true,
    },
    {
      label: 'survey change report PDF (2,000 participants × 2 waves)',
      hash: `#/surveys/change/${taskforce}`,
      ready: [{ selector: 'table.survey-table tbody tr', min: 1, text: 'Confidence' }],
      button: 'Save as PDF',
      pdf: true,
    },
    {
      label: 'survey answers CSV (the taskforce’s baseline survey)',
      hash: `#/surveys/change/${taskforce}`,
      ready: [{ selector: 'table.survey-table tbody tr', min: 1, text: 'Confidence' }],
      button: 'Export answers to Taskforce survey (baseline and follow-up) (CSV)',
      pdf: false,
      noFloor: 'none: reading, flattening and quoting every answer is the work',
    },
    {
      label: 'feedback summary PDF (one event)',
      hash: `#/surveys/feedback/${FEEDBACK_FORM_ID}/${focus.feedbackEventId ?? ''}`,
      ready: [{ selector: '#feedback-title', min: 1 }],
      button: 'Save as PDF',
      pdf: true,
    },
    {
      label: 'decision record PDF (a decided proposal)',
      hash: `#/voting/proposal/${focus.decisionProposalId ?? ''}`,
      ready: [{ selector: 'button', min: 1, text: 'Download the decision record (PDF)' }],
      button: 'Download the decision record (PDF)',
      pdf: true,
    },
    {
      label: `payroll CSV (${ctx.dataset.totals.involvementPayments.toLocaleString('en-GB')} involvement payments)`,
      hash: '#/expenses/involvement',
      ready: [{ selector: 'button', min: 1, text: 'Export CSV for payroll' }],
      button: 'Export CSV for payroll',
      pdf: false,
      noFloor: 'none: the rows are read and joined on the screen already; the CSV is the work',
    },
    {
      label: 'audit log CSV',
      hash: '#/reports/audit',
      ready: [{ selector: '#audit-title', min: 1 }],
      button: 'Export as CSV',
      pdf: false,
      noFloor: 'none: the log is small here; its CSV is the work',
    },
  ];
}

interface Saved {
  ms: number;
  progress: boolean;
  bytes: number;
}

/** Opens the screen (not timed), then times a click on the button until the download is saved. */
async function saveOnce(app: Page, item: Export): Promise<Saved> {
  await app.evaluate(() => {
    location.hash = '#/settings';
  });
  await app.locator('#settings-title').waitFor({ timeout: TIMEOUT_MS });
  await app.evaluate(timeScreen, {
    hash: item.hash,
    conditions: [...item.ready, LOADED],
    progressSelector: PROGRESS,
    timeoutMs: TIMEOUT_MS,
  });
  await app.evaluate(
    ({ button, progressSelector }) => {
      const state = { progress: false };
      (window as { __benchExport?: typeof state }).__benchExport = state;
      const observer = new MutationObserver(() => {
        if (document.querySelector(progressSelector)) state.progress = true;
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      const found = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === button,
      );
      if (!found) throw new Error(`No button "${button}".`);
      (window as { __benchButton?: HTMLButtonElement }).__benchButton = found;
    },
    { button: item.button, progressSelector: PROGRESS },
  );
  const download = app.waitForEvent('download', { timeout: TIMEOUT_MS });
  const start = performance.now();
  await app.evaluate(() =>
    (window as { __benchButton?: HTMLButtonElement }).__benchButton?.click(),
  );
  const file = await download;
  const ms = performance.now() - start;
  const path = await file.path();
  const progress = await app.evaluate(
    () => (window as { __benchExport?: { progress: boolean } }).__benchExport?.progress ?? false,
  );
  return { ms, progress, bytes: (await stat(path)).size };
}

/**
 * Each report and export a user waits for (issue 9), with the whole dataset: on its screen
 * (opened first, not timed), from the click on its button until Playwright's `download` event
 * (the file handed to the browser to save; in the desktop app, the save dialog's write),
 * timed in Node (a few ms of DevTools protocol included). Whether a busy state or a progress
 * bar showed on the way is noted. Floor of a PDF: jsPDF with its font making one empty page in
 * the lab page, the fixed cost no PDF avoids; a CSV has none worth the name (see the row).
 * The expenses CSV and batch PDF are in the expenses operation's rows.
 */
export const exportsOperation: Operation = {
  id: 'exports',
  async run(ctx) {
    const { app, lab, baseUrl } = ctx;
    await app.goto(`${baseUrl}/#/settings`);
    const pdfFloor = await repeat(ctx, () => callLab(lab, 'pdfFloor'));
    const measurements: Measurement[] = [];
    for (const item of exportsOf(ctx)) {
      ctx.log(`exports: ${item.label}`);
      const runs = await repeat(ctx, () => saveOnce(app, item));
      measurements.push({
        operation: `save ${item.label} (click → download)`,
        kind: 'task',
        samples: runs.map((r) => r.ms),
        progress: runs.map((r) => r.progress),
        floor: item.pdf ? PDF_FLOOR : (item.noFloor ?? 'none'),
        floorSamples: item.pdf ? pdfFloor : [],
        info: { bytes: runs[0]?.bytes },
      });
    }
    return measurements;
  },
};
