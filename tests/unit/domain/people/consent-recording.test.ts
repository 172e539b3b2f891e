import { describe, expect, it } from 'vitest';
import { currentConsent } from '../../../../src-renderer/domain/people/consent';
import {
  blankAnswers,
  consentRecord,
  validateConsentRecording,
  validateWithdrawal,
} from '../../../../src-renderer/domain/people/consent-recording';
import type { ConsentRecordingInput } from '../../../../src-renderer/domain/people/consent-recording';
import { consent, ctx, form } from './fixtures';

const v1 = form(1);

function input(overrides: Partial<ConsentRecordingInput> = {}): ConsentRecordingInput {
  return {
    personId: 'person-sam',
    form: v1,
    answers: blankAnswers(v1),
    method: 'paper',
    at: '2026-11-22T09:30:00.000Z',
    eventId: 'event-1',
    ...overrides,
  };
}

describe('recording consent', () => {
  it('starts with nothing ticked: every statement "not asked"', () => {
    const answers = blankAnswers(v1);
    expect(Object.keys(answers)).toHaveLength(v1.statements.length);
    expect(Object.values(answers).every((a) => a === 'not-asked')).toBe(true);
  });

  it('refuses to record when nothing was answered', () => {
    const checked = validateConsentRecording(input(), ctx);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.answers).toMatch(/at least one statement/);
  });

  it('writes one record per answered statement with the exact wording, and none for "not asked"', () => {
    const answers = {
      ...blankAnswers(v1),
      keepDetails: 'granted',
      photosAndRecordings: 'refused',
    } as const;
    const checked = validateConsentRecording(input({ answers }), ctx);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.map((d) => [d.purpose, d.decision])).toEqual([
      ['keepDetails', 'granted'],
      ['photosAndRecordings', 'refused'],
    ]);
    const draft = checked.value[0];
    expect(draft?.wording).toBe(v1.statements.find((s) => s.purpose === 'keepDetails')?.wording);
    expect(draft).toMatchObject({
      personId: 'person-sam',
      formId: 'form-main',
      formVersion: 1,
      method: 'paper',
      recordedBy: 'Dana Facilitator',
      eventId: 'event-1',
      at: '2026-11-22T09:30:00.000Z',
    });
    const records = checked.value.map((d, i) => consentRecord(d, `c-${i}`, ctx));
    expect(currentConsent(records, 'keepDetails').status).toBe('granted');
    expect(currentConsent(records, 'photosAndRecordings').status).toBe('refused');
    expect(currentConsent(records, 'anonymousQuotes').status).toBe('never-asked');
    expect(records[0]?.version).toBe(1);
  });

  it('does not assume how consent was given', () => {
    const checked = validateConsentRecording(
      input({ method: '', answers: { keepDetails: 'granted' } }),
      ctx,
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.method).toMatch(/Choose how consent was given/);
  });

  it('refuses an answer for a purpose the form does not ask about', () => {
    const narrow = { ...v1, statements: v1.statements.filter((s) => s.purpose === 'keepDetails') };
    const checked = validateConsentRecording(
      input({ form: narrow, answers: { keepDetails: 'granted', health: 'granted' } }),
      ctx,
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors['answer.health']).toMatch(/does not ask about/);
  });

  it('refuses a time in the future but allows a little clock drift between devices', () => {
    const future = validateConsentRecording(
      input({ at: '2026-11-22T11:00:00.000Z', answers: { keepDetails: 'granted' } }),
      ctx,
    );
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.errors.at).toMatch(/cannot be in the future/);
    const drift = validateConsentRecording(
      input({ at: '2026-11-22T10:02:00.000Z', answers: { keepDetails: 'granted' } }),
      ctx,
    );
    expect(drift.ok).toBe(true);
    const garbage = validateConsentRecording(
      input({ at: 'yesterday', answers: { keepDetails: 'granted' } }),
      ctx,
    );
    expect(garbage.ok).toBe(false);
  });
});

describe('withdrawing consent', () => {
  it('is one new record copying the wording and version that was agreed to', () => {
    const grant = consent('photosAndRecordings', 'granted', '2026-01-10T10:00:00Z', {
      formVersion: 1,
      wording: 'Photos at events.',
    });
    const checked = validateWithdrawal(
      [grant],
      { purpose: 'photosAndRecordings', method: 'verbal', at: '2026-11-22T09:00:00Z' },
      ctx,
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toMatchObject({
      personId: 'person-sam',
      decision: 'withdrawn',
      wording: 'Photos at events.',
      formVersion: 1,
      method: 'verbal',
    });
    const after = [grant, consentRecord(checked.value, 'c-w', ctx)];
    expect(currentConsent(after, 'photosAndRecordings').status).toBe('withdrawn');
    expect(after[0]).toBe(grant);
  });

  it('cannot withdraw what was never given', () => {
    const refused = consent('photosAndRecordings', 'refused', '2026-01-10T10:00:00Z');
    for (const records of [[], [refused]]) {
      const checked = validateWithdrawal(
        records,
        { purpose: 'photosAndRecordings', method: 'verbal', at: '2026-11-22T09:00:00Z' },
        ctx,
      );
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.errors.purpose).toMatch(/no consent to withdraw/);
    }
  });
});
