import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../../src-renderer/domain/surveys/answers';
import type { Question } from '../../../../src-renderer/domain/surveys/form';
import { validateResponse } from '../../../../src-renderer/domain/surveys/response';
import type { FormVersion } from '../../../../src-renderer/domain/surveys/versioning';
import { choice, choices, declined, num, text, version1 } from './helpers';

const base = { help: '', easyRead: '', required: false, allowDecline: true };
const questions: Question[] = [
  {
    ...base,
    id: 'rating',
    kind: 'single-choice',
    text: 'How was it?',
    required: true,
    options: [
      { id: 'good', label: 'Good' },
      { id: 'poor', label: 'Poor' },
    ],
  },
  {
    ...base,
    id: 'got',
    kind: 'multiple-choice',
    text: 'What did you get?',
    options: [
      { id: 'friends', label: 'Friends' },
      { id: 'skills', label: 'Skills' },
      { id: 'fun', label: 'Fun' },
    ],
  },
  { ...base, id: 'connected', kind: 'agreement-scale', text: 'I connected with others.' },
  {
    ...base,
    id: 'worthwhile',
    kind: 'scale-0-10',
    text: 'Worthwhile?',
    lowLabel: 'Not at all',
    highLabel: 'Completely',
  },
  {
    ...base,
    id: 'again',
    kind: 'yes-no',
    text: 'Come again?',
    required: true,
    allowDecline: false,
  },
  { ...base, id: 'name-it', kind: 'short-text', text: 'One word for today' },
  { ...base, id: 'else', kind: 'long-text', text: 'Anything else?' },
];
const form: FormVersion = version1('f', {
  title: 'Feedback',
  description: '',
  purpose: 'feedback',
  sections: [{ id: 's', title: 'Today', help: '', questions }],
});

const respond = (answers: Record<string, unknown>) =>
  validateResponse(form, { formId: 'f', formVersion: 1, answers: answers as Answers });

describe('validateResponse', () => {
  it('accepts a full response and returns the answers to store', () => {
    const result = respond({
      rating: choice('good'),
      got: choices('fun', 'friends'),
      connected: choice('strongly-agree'),
      worthwhile: num(8),
      again: choice('yes'),
      'name-it': text('  Hopeful '),
      else: text('Thank you'),
    });
    expect(result).toEqual({
      ok: true,
      value: {
        rating: choice('good'),
        got: choices('friends', 'fun'),
        connected: choice('strongly-agree'),
        worthwhile: num(8),
        again: choice('yes'),
        'name-it': text('Hopeful'),
        else: text('Thank you'),
      },
    });
  });

  it('puts a message at each required question left unanswered', () => {
    const result = respond({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.rating).toBe('Answer this question, or choose "Prefer not to answer".');
    expect(result.errors.again).toBe('Answer this question.');
    expect(result.errors.got).toBeUndefined();
  });

  it('counts "Prefer not to answer" as an answer, and keeps it apart from missing', () => {
    const result = respond({ rating: declined, again: choice('no'), worthwhile: declined });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rating).toEqual({ kind: 'declined' });
    expect(result.value.worthwhile).toEqual({ kind: 'declined' });
    expect('connected' in result.value).toBe(false);
  });

  it('refuses "Prefer not to answer" where the question does not offer it', () => {
    const result = respond({ rating: choice('good'), again: declined });
    expect(!result.ok && result.errors.again).toBe(
      'This question does not offer "Prefer not to answer".',
    );
  });

  it('treats blank text and an empty choice list as missing, not as answers', () => {
    const result = respond({
      rating: choice('good'),
      again: choice('yes'),
      'name-it': text('   '),
      got: choices(),
    });
    expect(result).toEqual({ ok: true, value: { rating: choice('good'), again: choice('yes') } });
    const required = respond({ rating: text(' '), again: choice('yes') });
    expect(!required.ok && required.errors.rating).toBe('Choose one of the options.');
  });

  it('refuses values of the wrong kind', () => {
    const result = respond({
      rating: num(3),
      got: choice('fun'),
      connected: text('agree'),
      worthwhile: choice('8'),
      again: { kind: 'choices', optionIds: ['yes'] },
      'name-it': num(1),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      rating: 'Choose one of the options.',
      got: 'Choose from the options given.',
      connected: 'Choose one of the options.',
      worthwhile: 'Choose a whole number from 0 to 10.',
      again: 'Choose one of the options.',
      'name-it': 'Type your answer as text.',
    });
  });

  it('refuses options that are not on the question, repeats, and numbers outside 0 to 10', () => {
    const result = respond({
      rating: choice('excellent'),
      got: choices('fun', 'fun'),
      connected: choice('yes'),
      worthwhile: num(11),
      again: choice('agree'),
    });
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'again',
      'connected',
      'got',
      'rating',
      'worthwhile',
    ]);
    expect(respond({ rating: choice('good'), again: choice('no'), worthwhile: num(7.5) }).ok).toBe(
      false,
    );
    expect(respond({ rating: choice('good'), again: choice('no'), worthwhile: num(0) }).ok).toBe(
      true,
    );
  });

  it('refuses answers that cannot be read at all', () => {
    const result = respond({ rating: 'good', again: choice('yes') });
    expect(!result.ok && result.errors.rating).toBe('This answer could not be read.');
  });

  it('refuses text that is too long for the question', () => {
    const result = respond({
      rating: choice('good'),
      again: choice('yes'),
      'name-it': text('x'.repeat(201)),
    });
    expect(!result.ok && result.errors['name-it']).toBe(
      'Your answer must be 200 characters or fewer (it has 201).',
    );
    expect(
      respond({ rating: choice('good'), again: choice('yes'), else: text('x'.repeat(2000)) }).ok,
    ).toBe(true);
  });

  it('refuses answers to questions that are not on the form', () => {
    const result = respond({ rating: choice('good'), again: choice('yes'), food: choice('agree') });
    expect(!result.ok && result.errors._form).toBe(
      'Some answers are for questions that are not on this form.',
    );
  });

  it('does not read answers from the object prototype', () => {
    const tricky = version1('t', {
      title: 'T',
      description: '',
      purpose: 'survey',
      sections: [
        {
          id: 's',
          title: 'S',
          help: '',
          questions: [
            { ...base, id: 'constructor', kind: 'short-text', text: 'Q', required: true },
          ],
        },
      ],
    });
    const result = validateResponse(tricky, { formId: 't', formVersion: 1, answers: {} });
    expect(!result.ok && result.errors.constructor).toBe(
      'Answer this question, or choose "Prefer not to answer".',
    );
  });
});
