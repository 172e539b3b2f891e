import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../../src-renderer/domain/surveys/form';
import { validateResponse } from '../../../../src-renderer/domain/surveys/response';
import { feedbackFormTemplate } from '../../../../src-renderer/domain/surveys/templates';
import {
  createForm,
  formVersionKey,
  latestVersion,
  lookupFrom,
  reviseForm,
} from '../../../../src-renderer/domain/surveys/versioning';
import { choice, ctx, version1 } from './helpers';

const later = { now: '2026-04-01T09:00:00.000Z', actor: 'Alex Lead' };

function withoutFood(definition: FormDefinition): FormDefinition {
  return {
    ...definition,
    sections: definition.sections.map((s) => ({
      ...s,
      questions: s.questions.filter((q) => q.id !== 'food'),
    })),
  };
}

describe('form versions', () => {
  it('stores a new form as version 1 with who made it and when', () => {
    const created = createForm('feedback', feedbackFormTemplate(), ctx);
    expect(created.ok && created.value).toMatchObject({
      formId: 'feedback',
      version: 1,
      createdAt: '2026-03-14T10:00:00.000Z',
      createdBy: 'Sam Facilitator',
      title: 'Event feedback',
    });
  });

  it('refuses to create a form that is not valid', () => {
    expect(createForm('f', { ...feedbackFormTemplate(), title: '' }, ctx).ok).toBe(false);
  });

  it('makes version n + 1 on revision and leaves the old version as it was', () => {
    const v1 = version1('feedback', feedbackFormTemplate());
    const before = JSON.stringify(v1);
    const revised = reviseForm(v1, { title: 'Feedback on today' }, later);
    expect(revised.ok).toBe(true);
    if (!revised.ok) return;
    expect(revised.value).toMatchObject({
      formId: 'feedback',
      version: 2,
      title: 'Feedback on today',
      createdBy: 'Alex Lead',
    });
    expect(JSON.stringify(v1)).toBe(before);
    const v3 = reviseForm(revised.value, withoutFood(revised.value), later);
    expect(v3.ok && v3.value.version).toBe(3);
  });

  it('refuses a revision that changes nothing, so reports are not split for no reason', () => {
    const v1 = version1('feedback', feedbackFormTemplate());
    const same = reviseForm(v1, { sections: structuredClone(v1.sections) }, later);
    expect(same).toEqual({
      ok: false,
      errors: { form: 'Nothing has changed, so no new version was made.' },
    });
  });

  it('refuses a revision that would make the form invalid', () => {
    const v1 = version1('feedback', feedbackFormTemplate());
    const revised = reviseForm(v1, { sections: [] }, later);
    expect(revised.ok).toBe(false);
  });

  it('keeps old versions readable: a response is checked against the version it answered', () => {
    const v1 = version1('feedback', feedbackFormTemplate());
    const revised = reviseForm(v1, withoutFood(v1), later);
    if (!revised.ok) throw new Error('revision failed');
    const v2 = revised.value;
    const formFor = lookupFrom([v2, v1]);
    const oldResponse = {
      formId: 'feedback',
      formVersion: 1,
      answers: { 'how-was-it': choice('good'), food: choice('agree') },
    };
    const answered = formFor(oldResponse.formId, oldResponse.formVersion);
    expect(answered).toBe(v1);
    expect(validateResponse(v1, oldResponse).ok).toBe(true);
    // The same answers do not fit version 2, which no longer asks about the food.
    expect(validateResponse(v2, oldResponse)).toEqual({
      ok: false,
      errors: { _form: 'These answers belong to a different version of the form.' },
    });
    expect(validateResponse(v2, { ...oldResponse, formVersion: 2 }).ok).toBe(false);
    expect(latestVersion([v1, v2], 'feedback')).toBe(v2);
    expect(latestVersion([v1, v2], 'other')).toBeUndefined();
    expect(formFor('feedback', 3)).toBeUndefined();
    expect(formVersionKey('feedback', 2)).toBe('feedback@2');
  });
});
