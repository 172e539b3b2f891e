/**
 * The surveys lab functions (see operations/surveys.ts): a taskforce whose participants each
 * answered the baseline survey twice (baseline and 6-month follow-up), written straight into
 * the database; the app's change report code timed in the page, and its floor.
 */
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import type { SurveyResponseRecord } from '../../../src-renderer/data/surveys/records';
import { loadChangeReport } from '../../../src-renderer/data/surveys/queries';
import { emptyEventInput } from '../../../src-renderer/domain/event';
import { createdMeta } from '../../../src-renderer/domain/record';
import type { Answer } from '../../../src-renderer/domain/surveys/answers';
import { allQuestions, choiceOptions } from '../../../src-renderer/domain/surveys/form';
import { baselineSurveyTemplate } from '../../../src-renderer/domain/surveys/templates';
import { createForm, formVersionKey } from '../../../src-renderer/domain/surveys/versioning';

export const SURVEY_TASKFORCE = 'bench-survey-taskforce';
const FORM_ID = 'bench-survey-form';
const EVENT_ID = 'bench-survey-event';
const NOW = { now: '2026-11-22T18:00:00.000Z', actor: 'Bench' };
const WAVES = { baselineWave: 'baseline', followUpWave: 'month-6' };

export interface SurveysLabApi {
  /** Replaces the bench taskforce's responses: `participants` × 2 waves (deterministic), not timed. */
  seedSurveyResponses(participants: number): Promise<{ responses: number; answers: number }>;
  /** The app's code without its screen: loadChangeReport() (read, score, pair). */
  surveysChangeApp(): Promise<{ ms: number; pairs: number }>;
  /** The floor: reading the same responses through the taskforceId index, nothing else. */
  surveysChangeFloor(): Promise<{ ms: number; rows: number }>;
}

function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

export function surveysLab(database: () => TwoFeetDb): SurveysLabApi {
  return {
    async seedSurveyResponses(participants) {
      const db = database();
      const created = createForm(FORM_ID, baselineSurveyTemplate(), NOW);
      if (!created.ok) throw new Error('The survey template is not valid.');
      const form = created.value;
      const questions = allQuestions(form);
      const responses: SurveyResponseRecord[] = [];
      for (let p = 0; p < participants; p++) {
        for (const [w, waveId] of ['baseline', 'month-6'].entries()) {
          const answers: Record<string, Answer> = {};
          questions.forEach((q, i) => {
            const options = choiceOptions(q);
            // Every 17th participant declines one item, so some sets are not scored.
            if (p % 17 === 0 && i === 3) answers[q.id] = { kind: 'declined' };
            else if (options) {
              const option = options[(p + i + w) % options.length];
              if (option) answers[q.id] = { kind: 'choice', optionId: option.id };
            } else answers[q.id] = { kind: 'number', value: (p + i + 3 * w) % 11 };
          });
          responses.push({
            ...createdMeta(`bench-survey-${p}-${waveId}`, NOW),
            formId: FORM_ID,
            formVersion: 1,
            answers,
            eventId: EVENT_ID,
            taskforceId: SURVEY_TASKFORCE,
            participantId: `bench-participant-${p}`,
            waveId,
            completedOn: w === 0 ? '2026-03-01' : '2026-09-01',
          });
        }
      }
      await db.transaction(
        'rw',
        [db.taskforces, db.events, db.surveyForms, db.surveyFormVersions, db.surveyResponses],
        async () => {
          await db.taskforces.put({
            ...createdMeta(SURVEY_TASKFORCE, NOW),
            name: 'Bench survey taskforce',
            theme: 'Wellbeing',
            description: '',
            communities: [],
            startDate: '2026-01-01',
            status: 'active',
          });
          await db.events.put({
            ...emptyEventInput(SURVEY_TASKFORCE),
            ...createdMeta(EVENT_ID, NOW),
            title: 'Bench survey meeting',
            date: '2026-03-01',
            venueName: 'Hall',
            words: ['bench', 'survey', 'meeting'],
          });
          await db.surveyForms.put({
            ...createdMeta(FORM_ID, NOW),
            title: form.title,
            purpose: form.purpose,
            latestVersion: 1,
            words: ['bench'],
          });
          await db.surveyFormVersions.put({ ...form, id: formVersionKey(FORM_ID, 1) });
          await db.surveyResponses.where('taskforceId').equals(SURVEY_TASKFORCE).delete();
          await db.surveyResponses.bulkPut(responses);
        },
      );
      return { responses: responses.length, answers: responses.length * questions.length };
    },

    async surveysChangeApp() {
      collectGarbage();
      const start = performance.now();
      const report = await loadChangeReport(database(), SURVEY_TASKFORCE, WAVES);
      const ms = performance.now() - start;
      const gse = report.changes.find((c) => c.instrumentId === 'gse');
      return { ms, pairs: gse?.pairs.status === 'shown' ? gse.pairs.value : -1 };
    },

    async surveysChangeFloor() {
      collectGarbage();
      const start = performance.now();
      const rows = await database()
        .surveyResponses.where('taskforceId')
        .equals(SURVEY_TASKFORCE)
        .toArray();
      return { ms: performance.now() - start, rows: rows.length };
    },
  };
}
