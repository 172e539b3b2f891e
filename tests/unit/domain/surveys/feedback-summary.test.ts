import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../../src-renderer/domain/surveys/answers';
import type { QuestionSummary } from '../../../../src-renderer/domain/surveys/feedback-summary';
import { feedbackSummary } from '../../../../src-renderer/domain/surveys/feedback-summary';
import {
  countFigure,
  meanFigure,
  percentFigure,
  suppressBelow,
  suppressSmallCounts,
} from '../../../../src-renderer/domain/surveys/figures';
import { feedbackFormTemplate } from '../../../../src-renderer/domain/surveys/templates';
import { lookupFrom, reviseForm } from '../../../../src-renderer/domain/surveys/versioning';
import { choice, choices, ctx, declined, num, text, version1 } from './helpers';

const never = () => false;

describe('figures and suppression', () => {
  it('hides counts under 5 by default and shows 5 and over', () => {
    expect(countFigure(4, suppressSmallCounts)).toEqual({ status: 'suppressed' });
    expect(countFigure(0, suppressSmallCounts)).toEqual({ status: 'suppressed' });
    expect(countFigure(5, suppressSmallCounts)).toEqual({ status: 'shown', value: 5, n: 5 });
  });

  it('hides a percentage when its base or its count is small', () => {
    expect(percentFigure(3, 4, suppressSmallCounts)).toEqual({ status: 'suppressed' });
    expect(percentFigure(3, 30, suppressSmallCounts)).toEqual({ status: 'suppressed' });
    expect(percentFigure(6, 8, suppressSmallCounts)).toEqual({ status: 'shown', value: 75, n: 8 });
  });

  it('hides a mean of fewer than 5 values', () => {
    expect(meanFigure([1, 2, 3, 4], suppressSmallCounts)).toEqual({ status: 'suppressed' });
    expect(meanFigure([1, 2, 3, 4, 5], suppressSmallCounts)).toEqual({
      status: 'shown',
      value: 3,
      n: 5,
    });
  });

  it('follows another rule when given one, and says when there is nothing to show', () => {
    expect(countFigure(9, suppressBelow(10))).toEqual({ status: 'suppressed' });
    expect(percentFigure(0, 0, never)).toEqual({ status: 'none' });
    expect(meanFigure([], never)).toEqual({ status: 'none' });
    expect(countFigure(0, never)).toEqual({ status: 'shown', value: 0, n: 0 });
  });
});

describe('feedbackSummary', () => {
  const v1 = version1('feedback', feedbackFormTemplate());
  const respond = (answers: Answers, formVersion = 1) => ({
    formId: 'feedback',
    formVersion,
    answers,
  });
  const people: Answers[] = [
    {
      'how-was-it': choice('excellent'),
      connected: choice('strongly-agree'),
      'got-out-of-it': choices('met-people', 'learned'),
      'anything-else': text('Zebra crossing outside was busy'),
    },
    {
      'how-was-it': choice('excellent'),
      connected: choice('strongly-agree'),
      'got-out-of-it': choices('met-people'),
    },
    {
      'how-was-it': choice('excellent'),
      connected: choice('strongly-agree'),
      'got-out-of-it': choices('met-people', 'learned'),
      'anything-else': text('Amazing'),
    },
    {
      'how-was-it': choice('excellent'),
      connected: choice('agree'),
      'got-out-of-it': choices('met-people', 'learned'),
    },
    {
      'how-was-it': choice('excellent'),
      connected: choice('agree'),
      'got-out-of-it': choices('met-people', 'learned'),
      'anything-else': text('lovely food'),
    },
    {
      'how-was-it': choice('good'),
      connected: choice('agree'),
      'got-out-of-it': choices('met-people', 'learned'),
    },
    { 'how-was-it': declined, connected: choice('disagree') },
  ];
  const find = (summary: ReturnType<typeof feedbackSummary>, id: string): QuestionSummary => {
    const found = summary.questions.find((q) => q.questionId === id);
    if (!found) throw new Error(`no summary for ${id}`);
    return found;
  };

  it('counts respondents and answers per option, leaving declined answers out of the base', () => {
    const summary = feedbackSummary(
      v1,
      people.map((a) => respond(a)),
      lookupFrom([v1]),
    );
    expect(summary.respondents).toEqual({ status: 'shown', value: 7, n: 7 });
    const howWasIt = find(summary, 'how-was-it');
    expect(howWasIt.answered).toEqual({ status: 'shown', value: 6, n: 6 });
    expect(howWasIt.declined).toEqual({ status: 'suppressed' });
    if (howWasIt.kind !== 'single-choice') throw new Error('kind');
    expect(howWasIt.options[0]).toEqual({
      optionId: 'excellent',
      label: 'Excellent',
      count: { status: 'shown', value: 5, n: 5 },
      percent: { status: 'shown', value: (100 * 5) / 6, n: 6 },
    });
    // One person said "Good": too few to show, as a count or as a percentage.
    expect(howWasIt.options[1]).toMatchObject({
      optionId: 'good',
      count: { status: 'suppressed' },
      percent: { status: 'suppressed' },
    });
  });

  it('gives % agreeing (agree plus strongly agree) with the number of people behind it', () => {
    const summary = feedbackSummary(
      v1,
      people.map((a) => respond(a)),
      lookupFrom([v1]),
    );
    const connected = find(summary, 'connected');
    expect(connected.kind === 'agreement-scale' && connected.agreeing).toEqual({
      status: 'shown',
      value: (100 * 6) / 7,
      n: 7,
    });
  });

  it('counts every option ticked in a multiple-choice question', () => {
    const summary = feedbackSummary(
      v1,
      people.map((a) => respond(a)),
      lookupFrom([v1]),
      never,
    );
    const got = find(summary, 'got-out-of-it');
    if (got.kind !== 'multiple-choice') throw new Error('kind');
    expect(got.answered).toMatchObject({ value: 6 });
    expect(got.options.find((o) => o.optionId === 'met-people')?.count).toMatchObject({ value: 6 });
    expect(got.options.find((o) => o.optionId === 'learned')?.percent).toMatchObject({
      value: (100 * 5) / 6,
    });
    expect(got.options.find((o) => o.optionId === 'enjoyed')?.count).toEqual({
      status: 'shown',
      value: 0,
      n: 0,
    });
  });

  it('lists free-text answers in alphabetical order, not in the order people answered', () => {
    const summary = feedbackSummary(
      v1,
      people.map((a) => respond(a)),
      lookupFrom([v1]),
    );
    const anythingElse = find(summary, 'anything-else');
    expect(anythingElse.kind === 'long-text' && anythingElse.texts).toEqual([
      'Amazing',
      'lovely food',
      'Zebra crossing outside was busy',
    ]);
  });

  it('suppresses everything when fewer than 5 people responded', () => {
    const summary = feedbackSummary(
      v1,
      people.slice(0, 4).map((a) => respond(a)),
      lookupFrom([v1]),
    );
    expect(summary.respondents).toEqual({ status: 'suppressed' });
    const connected = find(summary, 'connected');
    expect(connected.kind === 'agreement-scale' && connected.agreeing).toEqual({
      status: 'suppressed',
    });
  });

  it('reads each response with its own version and only counts questions that version asked', () => {
    const [first] = v1.sections;
    if (!first) throw new Error('template changed');
    const revised = reviseForm(
      v1,
      {
        sections: [
          {
            ...first,
            questions: [
              ...first.questions.map((q) =>
                q.id === 'how-was-it' && q.kind === 'single-choice'
                  ? { ...q, options: q.options.filter((o) => o.id !== 'very-poor') }
                  : q,
              ),
              {
                id: 'tea',
                kind: 'scale-0-10',
                text: 'Rate the tea',
                help: '',
                easyRead: '',
                required: false,
                allowDecline: true,
                lowLabel: 'Awful',
                highLabel: 'Perfect',
              },
            ],
          },
          ...v1.sections.slice(1),
        ],
      },
      ctx,
    );
    if (!revised.ok) throw new Error(JSON.stringify(revised.errors));
    const v2 = revised.value;
    const responses = [
      respond({ 'how-was-it': choice('very-poor'), tea: num(2) }, 1),
      ...[10, 8, 9, 7, 6].map((n) => respond({ 'how-was-it': choice('good'), tea: num(n) }, 2)),
      respond({ 'how-was-it': choice('good') }, 9),
      { formId: 'other-form', formVersion: 1, answers: {} },
    ];
    const summary = feedbackSummary(v2, responses, lookupFrom([v1, v2]), never);
    expect(summary.versions).toEqual([1, 2]);
    expect(summary.unreadable).toBe(1);
    expect(summary.respondents).toMatchObject({ value: 6 });
    const tea = find(summary, 'tea');
    if (tea.kind !== 'scale-0-10') throw new Error('kind');
    // Version 1 did not ask about the tea, so its stray answer is not counted.
    expect(tea.answered).toMatchObject({ value: 5 });
    expect(tea.mean).toEqual({ status: 'shown', value: 8, n: 5 });
    expect(tea.options.find((o) => o.optionId === '10')?.count).toMatchObject({ value: 1 });
    const howWasIt = find(summary, 'how-was-it');
    if (howWasIt.kind !== 'single-choice') throw new Error('kind');
    expect(howWasIt.options.at(-1)).toMatchObject({
      optionId: 'very-poor',
      label: 'Very poor',
      count: { value: 1 },
    });
  });
});
