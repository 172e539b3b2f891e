import { describe, expect, it, vi } from 'vitest';
import { setWaveSchedule } from '../../../../src-renderer/data/surveys/schedule-commands';
import { submitResponse } from '../../../../src-renderer/data/surveys/response-commands';
import type { ResponseSubmission } from '../../../../src-renderer/data/surveys/response-commands';
import { allQuestions } from '../../../../src-renderer/domain/surveys/form';
import {
  baselineSurveyTemplate,
  feedbackFormTemplate,
} from '../../../../src-renderer/domain/surveys/templates';
import { DEFAULT_WAVE_SCHEDULE } from '../../../../src-renderer/domain/surveys/waves';
import { ctx, freshDb, snapshot } from '../fresh-db';
import { EVENT_ID, TASKFORCE_ID, seedEventAndPeople, storedForm } from './fixture';

const good = { 'how-was-it': { kind: 'choice', optionId: 'good' } } as const;

describe('submitting a response', () => {
  it('stores anonymous feedback against the event and its taskforce, with the version answered', async () => {
    const db = freshDb();
    await seedEventAndPeople(db);
    const form = await storedForm(db, feedbackFormTemplate());
    const spy = vi.spyOn(db, 'transaction');
    const input: ResponseSubmission = {
      formId: form.formId,
      formVersion: 1,
      answers: { ...good, 'anything-else': { kind: 'text', text: '  Lovely day  ' } },
      eventId: EVENT_ID,
      participantId: null,
      waveId: '',
    };
    const result = await submitResponse(db, input, ctx('2026-11-22T15:00:00.000Z'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(result.ok).toBe(true);
    const [stored] = await db.surveyResponses.toArray();
    expect(stored).toMatchObject({
      formId: form.formId,
      formVersion: 1,
      eventId: EVENT_ID,
      taskforceId: TASKFORCE_ID,
      participantId: null,
      waveId: '',
      completedOn: '2026-11-22',
      answers: { 'anything-else': { kind: 'text', text: 'Lovely day' } },
    });
  });

  it('shows errors at the question and writes nothing when a required answer is missing', async () => {
    const db = freshDb();
    await seedEventAndPeople(db);
    const form = await storedForm(db, feedbackFormTemplate());
    const before = await snapshot(db);
    const result = await submitResponse(
      db,
      {
        formId: form.formId,
        formVersion: 1,
        answers: {},
        eventId: EVENT_ID,
        participantId: null,
        waveId: '',
      },
      ctx(),
    );
    expect(result).toMatchObject({ ok: false, errors: { 'how-was-it': expect.any(String) } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps feedback anonymous and needs a participant and a wave for a survey', async () => {
    const db = freshDb();
    await seedEventAndPeople(db, ['p-1']);
    const feedback = await storedForm(db, feedbackFormTemplate());
    const survey = await storedForm(db, baselineSurveyTemplate());
    const before = await snapshot(db);
    const named = await submitResponse(
      db,
      {
        formId: feedback.formId,
        formVersion: 1,
        answers: good,
        eventId: EVENT_ID,
        participantId: 'p-1',
        waveId: '',
      },
      ctx(),
    );
    expect(named).toMatchObject({
      ok: false,
      errors: { _form: expect.stringMatching(/anonymous/) },
    });
    const declineAll = Object.fromEntries(
      allQuestions(survey).map((q) => [q.id, { kind: 'declined' } as const]),
    );
    const base = { formId: survey.formId, formVersion: 1, answers: declineAll, eventId: EVENT_ID };
    const nobody = await submitResponse(
      db,
      { ...base, participantId: null, waveId: 'baseline' },
      ctx(),
    );
    expect(nobody).toMatchObject({
      ok: false,
      errors: { _form: expect.stringMatching(/participant/) },
    });
    const noWave = await submitResponse(
      db,
      { ...base, participantId: 'p-1', waveId: 'month-99' },
      ctx(),
    );
    expect(noWave).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/wave/) } });
    expect(await snapshot(db)).toEqual(before);

    const ok = await submitResponse(
      db,
      { ...base, participantId: 'p-1', waveId: 'baseline' },
      ctx(),
    );
    expect(ok).toMatchObject({ ok: true, value: { participantId: 'p-1', waveId: 'baseline' } });
  });

  it('refuses answers for a version that does not exist', async () => {
    const db = freshDb();
    await seedEventAndPeople(db);
    const form = await storedForm(db, feedbackFormTemplate());
    const result = await submitResponse(
      db,
      {
        formId: form.formId,
        formVersion: 2,
        answers: good,
        eventId: EVENT_ID,
        participantId: null,
        waveId: '',
      },
      ctx(),
    );
    expect(result).toMatchObject({ ok: false, conflict: expect.any(String) });
    expect(await db.surveyResponses.count()).toBe(0);
  });
});

describe('wave schedules', () => {
  it('keeps waves that have responses', async () => {
    const db = freshDb();
    await seedEventAndPeople(db, ['p-1']);
    const survey = await storedForm(db, baselineSurveyTemplate());
    const answers = Object.fromEntries(
      allQuestions(survey).map((q) => [q.id, { kind: 'declined' } as const]),
    );
    await submitResponse(
      db,
      {
        formId: survey.formId,
        formVersion: 1,
        answers,
        eventId: EVENT_ID,
        participantId: 'p-1',
        waveId: 'baseline',
      },
      ctx(),
    );
    const threeMonths = {
      ...DEFAULT_WAVE_SCHEDULE,
      waves: [
        { id: 'baseline', label: 'Baseline', monthsAfterBaseline: 0 },
        { id: 'month-3', label: '3-month follow-up', monthsAfterBaseline: 3 },
      ],
    };
    expect((await setWaveSchedule(db, TASKFORCE_ID, threeMonths, ctx())).ok).toBe(true);
    const withoutBaseline = {
      ...threeMonths,
      waves: [
        { id: 'start', label: 'Start', monthsAfterBaseline: 0 },
        { id: 'month-3', label: '3', monthsAfterBaseline: 3 },
      ],
    };
    const refused = await setWaveSchedule(db, TASKFORCE_ID, withoutBaseline, ctx());
    expect(refused).toMatchObject({
      ok: false,
      errors: { waves: expect.stringMatching(/baseline/) },
    });
    expect((await db.surveySchedules.get(TASKFORCE_ID))?.schedule).toEqual(threeMonths);
  });
});
