import { describe, expect, it, vi } from 'vitest';
import {
  createSurveyForm,
  deleteSurveyForm,
  saveSurveyForm,
} from '../../../../src-renderer/data/surveys/form-commands';
import { submitResponse } from '../../../../src-renderer/data/surveys/response-commands';
import type { FormDefinition } from '../../../../src-renderer/domain/surveys/form';
import { feedbackFormTemplate } from '../../../../src-renderer/domain/surveys/templates';
import { ctx, freshDb, snapshot } from '../fresh-db';
import { EVENT_ID, counter, seedEventAndPeople, storedForm } from './fixture';

function retitled(definition: FormDefinition, title: string): FormDefinition {
  return { ...definition, title };
}

const answer = { 'how-was-it': { kind: 'choice', optionId: 'good' } } as const;

describe('survey form commands', () => {
  it('creates version 1 with its list row and an audit entry, in one transaction', async () => {
    const db = freshDb();
    const spy = vi.spyOn(db, 'transaction');
    const created = await createSurveyForm(db, feedbackFormTemplate(), ctx(), counter('f'));
    expect(created.ok).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await db.surveyForms.get('f-1')).toMatchObject({
      title: 'Event feedback',
      purpose: 'feedback',
      latestVersion: 1,
      words: ['event', 'feedback'],
    });
    expect(await db.surveyFormVersions.get('f-1@1')).toMatchObject({ formId: 'f-1', version: 1 });
    expect(await db.auditLog.count()).toBe(1);
  });

  it('writes nothing for a form that is not valid', async () => {
    const db = freshDb();
    await db.open();
    const before = await snapshot(db);
    const result = await createSurveyForm(db, { ...feedbackFormTemplate(), title: ' ' }, ctx());
    expect(result).toMatchObject({ ok: false, errors: { title: 'Enter a title.' } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes an unanswered version in place', async () => {
    const db = freshDb();
    const form = await storedForm(db, feedbackFormTemplate());
    const saved = await saveSurveyForm(
      db,
      form.formId,
      1,
      retitled(form, 'After the event'),
      ctx(),
    );
    expect(saved).toMatchObject({
      ok: true,
      value: { newVersion: false, version: { version: 1 } },
    });
    expect(await db.surveyFormVersions.count()).toBe(1);
    expect((await db.surveyFormVersions.get(`${form.formId}@1`))?.title).toBe('After the event');
    expect(await db.surveyForms.get(form.formId)).toMatchObject({
      title: 'After the event',
      version: 2,
    });
  });

  it('makes a new version once people have answered, and every response keeps its version', async () => {
    const db = freshDb();
    await seedEventAndPeople(db);
    const form = await storedForm(db, feedbackFormTemplate());
    const first = await submitResponse(
      db,
      {
        formId: form.formId,
        formVersion: 1,
        answers: answer,
        eventId: EVENT_ID,
        participantId: null,
        waveId: '',
      },
      ctx(),
    );
    expect(first.ok).toBe(true);
    const version1 = await db.surveyFormVersions.get(`${form.formId}@1`);

    const saved = await saveSurveyForm(
      db,
      form.formId,
      1,
      retitled(form, 'Feedback, please'),
      ctx(),
    );
    expect(saved).toMatchObject({ ok: true, value: { newVersion: true, version: { version: 2 } } });
    expect(await db.surveyFormVersions.get(`${form.formId}@1`)).toEqual(version1);
    expect((await db.surveyForms.get(form.formId))?.latestVersion).toBe(2);

    const second = await submitResponse(
      db,
      {
        formId: form.formId,
        formVersion: 2,
        answers: answer,
        eventId: EVENT_ID,
        participantId: null,
        waveId: '',
      },
      ctx(),
    );
    expect(second.ok).toBe(true);
    const versions = (await db.surveyResponses.toArray()).map((r) => r.formVersion).sort();
    expect(versions).toEqual([1, 2]);
  });

  it('refuses to save over a newer version and to save nothing new, writing nothing', async () => {
    const db = freshDb();
    await seedEventAndPeople(db);
    const form = await storedForm(db, feedbackFormTemplate());
    await db.surveyForms.update(form.formId, { latestVersion: 2 });
    const before = await snapshot(db);
    const stale = await saveSurveyForm(db, form.formId, 1, retitled(form, 'X'), ctx());
    expect(stale).toMatchObject({ ok: false, conflict: expect.stringMatching(/newer version/) });
    await db.surveyForms.update(form.formId, { latestVersion: 1 });
    const same = await saveSurveyForm(db, form.formId, 1, form, ctx());
    expect(same).toMatchObject({ ok: false, errors: { form: expect.any(String) } });
    await db.surveyForms.update(form.formId, { latestVersion: 2 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database unchanged when a write fails mid-way', async () => {
    const db = freshDb();
    await seedEventAndPeople(db);
    const form = await storedForm(db, feedbackFormTemplate());
    const before = await snapshot(db);
    vi.spyOn(db.auditLog, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      saveSurveyForm(db, form.formId, 1, retitled(form, 'Changed'), ctx()),
    ).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes an unanswered form with tombstones, and keeps an answered one', async () => {
    const db = freshDb();
    await seedEventAndPeople(db);
    const unanswered = await storedForm(db, feedbackFormTemplate());
    expect((await deleteSurveyForm(db, unanswered.formId, ctx())).ok).toBe(true);
    expect(await db.surveyForms.get(unanswered.formId)).toBeUndefined();
    expect(await db.surveyFormVersions.count()).toBe(0);
    expect((await db.tombstones.toArray()).map((t) => t.table).sort()).toEqual([
      'surveyFormVersions',
      'surveyForms',
    ]);

    const answered = await storedForm(db, feedbackFormTemplate());
    await submitResponse(
      db,
      {
        formId: answered.formId,
        formVersion: 1,
        answers: answer,
        eventId: EVENT_ID,
        participantId: null,
        waveId: '',
      },
      ctx(),
    );
    const kept = await deleteSurveyForm(db, answered.formId, ctx());
    expect(kept).toMatchObject({ ok: false, conflict: expect.stringMatching(/kept/) });
    expect(await db.surveyForms.get(answered.formId)).toBeDefined();
  });
});
