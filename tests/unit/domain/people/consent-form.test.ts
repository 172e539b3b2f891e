import { describe, expect, it } from 'vitest';
import {
  createConsentForm,
  defaultFormInput,
  formHistory,
  latestFormVersion,
  reviseForm,
  statementFor,
  validateConsentForm,
} from '../../../../src-renderer/domain/people/consent-form';
import type { ConsentFormVersion } from '../../../../src-renderer/domain/people/consent-form';
import { at, ctx } from './fixtures';

function firstForm(): ConsentFormVersion {
  const created = createConsentForm(
    defaultFormInput('LGBT & Cancer consent', ['keepDetails', 'photosAndRecordings', 'health']),
    { id: 'fv-1', formId: 'form-1' },
    ctx,
  );
  if (!created.ok) throw new Error('fixture');
  return created.value;
}

describe('consent forms', () => {
  it('creates version 1 with the wording as given, by the current facilitator', () => {
    const form = firstForm();
    expect(form.formVersion).toBe(1);
    expect(form.formId).toBe('form-1');
    expect(form.id).toBe('fv-1');
    expect(form.createdBy).toBe('Dana Facilitator');
    expect(form.statements.map((s) => s.purpose)).toEqual([
      'keepDetails',
      'photosAndRecordings',
      'health',
    ]);
  });

  it('revises into version 2 and leaves version 1 as it was', () => {
    const v1 = firstForm();
    const before = JSON.stringify(v1);
    const statements = v1.statements.map((s) =>
      s.purpose === 'photosAndRecordings'
        ? { ...s, wording: 'Photos may be taken for reports.' }
        : s,
    );
    const revised = reviseForm(v1, statements, at('2026-12-01T09:00:00Z'), 'fv-2');
    expect(revised.ok).toBe(true);
    if (!revised.ok) return;
    expect(revised.value.formVersion).toBe(2);
    expect(revised.value.formId).toBe('form-1');
    expect(revised.value.id).toBe('fv-2');
    expect(revised.value.createdAt).toBe('2026-12-01T09:00:00Z');
    expect(statementFor(revised.value, 'photosAndRecordings')).toBe(
      'Photos may be taken for reports.',
    );
    expect(JSON.stringify(v1)).toBe(before);
    expect(statementFor(v1, 'photosAndRecordings')).not.toBe('Photos may be taken for reports.');
  });

  it('refuses a revision that changes nothing', () => {
    const v1 = firstForm();
    const revised = reviseForm(v1, v1.statements, ctx, 'fv-2');
    expect(revised.ok).toBe(false);
    if (!revised.ok) expect(revised.errors.statements).toMatch(/Nothing has changed/);
  });

  it('needs explicit consent wording to name the kind of data', () => {
    const checked = validateConsentForm({
      title: 'Form',
      statements: [{ purpose: 'health', wording: 'I agree you can keep sensitive information.' }],
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors['statement.health']).toMatch(/mention health/);
  });

  it('refuses a purpose twice, an empty list and empty wording', () => {
    const twice = validateConsentForm({
      title: 'Form',
      statements: [
        { purpose: 'keepDetails', wording: 'Keep my details.' },
        { purpose: 'keepDetails', wording: 'Keep my details again.' },
      ],
    });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.errors.statements).toMatch(/appears twice/);
    const empty = validateConsentForm({ title: 'Form', statements: [] });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors.statements).toMatch(/at least one statement/);
    const blank = validateConsentForm({
      title: '',
      statements: [{ purpose: 'anonymousQuotes', wording: '  ' }],
    });
    expect(blank.ok).toBe(false);
    if (!blank.ok) {
      expect(blank.errors.title).toBe('Enter a title for the form.');
      expect(blank.errors['statement.anonymousQuotes']).toMatch(/^Enter the wording/);
    }
  });

  it('finds the latest version, and picks one way when two laptops both made "version 2"', () => {
    const v1 = firstForm();
    const a = reviseForm(
      v1,
      [{ purpose: 'keepDetails', wording: 'A' }],
      at('2026-12-01T09:00:00Z'),
      'fv-a',
    );
    const b = reviseForm(
      v1,
      [{ purpose: 'keepDetails', wording: 'B' }],
      at('2026-12-01T09:05:00Z'),
      'fv-b',
    );
    if (!a.ok || !b.ok) throw new Error('fixture');
    expect(latestFormVersion([v1], 'form-1')?.id).toBe('fv-1');
    expect(latestFormVersion([a.value, v1, b.value], 'form-1')?.id).toBe('fv-b');
    expect(latestFormVersion([b.value, a.value, v1], 'form-1')?.id).toBe('fv-b');
    expect(latestFormVersion([v1], 'another-form')).toBeUndefined();
    expect(formHistory([b.value, v1], 'form-1').map((f) => f.formVersion)).toEqual([1, 2]);
  });
});
