/**
 * The surveys lab functions (see operations/surveys.ts), on the seeded taskforce whose 2,000
 * participants each answered the baseline survey at baseline and 6 months (data/surveys.ts):
 * the app's change report code timed in the page, and its floor.
 */
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { loadChangeReport } from '../../../src-renderer/data/surveys/queries';
import type { BenchDataset } from '../data/dataset';

const WAVES = { baselineWave: 'baseline', followUpWave: 'month-6' };

export interface SurveysLabApi {
  /** The measured taskforce and how many responses and answers it has (nothing is written). */
  surveysFocus(): { taskforceId: string; responses: number; answers: number };
  /** The app's code without its screen: loadChangeReport() (read, score, pair). */
  surveysChangeApp(): Promise<{ ms: number; pairs: number }>;
  /** The floor: reading the same responses through the taskforceId index, nothing else. */
  surveysChangeFloor(): Promise<{ ms: number; rows: number }>;
}

function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

export function surveysLab(open: () => { db: TwoFeetDb; dataset: BenchDataset }): SurveysLabApi {
  const focus = () => {
    const id = open().dataset.surveys.reportTaskforceId;
    if (!id) throw new Error('The dataset has no survey responses.');
    return id;
  };
  return {
    surveysFocus() {
      const taskforceId = focus();
      const own = open().dataset.surveys.responses.filter(
        (r) => r.taskforceId === taskforceId && r.participantId !== null,
      );
      const answers = own.reduce((n, r) => n + Object.keys(r.answers).length, 0);
      return { taskforceId, responses: own.length, answers };
    },

    async surveysChangeApp() {
      const taskforceId = focus();
      collectGarbage();
      const start = performance.now();
      const report = await loadChangeReport(open().db, taskforceId, WAVES);
      const ms = performance.now() - start;
      const gse = report.changes.find((c) => c.instrumentId === 'gse');
      return { ms, pairs: gse?.pairs.status === 'shown' ? gse.pairs.value : -1 };
    },

    async surveysChangeFloor() {
      const taskforceId = focus();
      collectGarbage();
      const start = performance.now();
      const rows = await open()
        .db.surveyResponses.where('taskforceId')
        .equals(taskforceId)
        .toArray();
      return { ms: performance.now() - start, rows: rows.length };
    },
  };
}
