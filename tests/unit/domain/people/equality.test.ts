import { describe, expect, it } from 'vitest';
import type { EqualityResponse } from '../../../../src-renderer/domain/people/equality';
import {
  answerState,
  latestResponses,
  validateEqualityResponse,
  withoutUnconsentedAnswers,
} from '../../../../src-renderer/domain/people/equality';
import {
  EQUALITY_QUESTIONS,
  PREFER_NOT_TO_SAY,
  answerLabel,
  equalityQuestion,
} from '../../../../src-renderer/domain/people/equality-questions';
import { reachReport } from '../../../../src-renderer/domain/people/reach-report';
import { createdMeta } from '../../../../src-renderer/domain/record';
import { at, consent, ctx } from './fixtures';

describe('the equality monitoring questions', () => {
  it('covers the nine protected characteristics', () => {
    expect(EQUALITY_QUESTIONS.map((q) => q.characteristic)).toEqual([
      'Age',
      'Disability',
      'Gender reassignment',
      'Marriage and civil partnership',
      'Pregnancy and maternity',
      'Race',
      'Religion or belief',
      'Sex',
      'Sexual orientation',
    ]);
  });

  it('uses the ONS 2021 ethnic groups: 5 groups, 19 categories', () => {
    const ethnicity = equalityQuestion('ethnicity');
    expect(ethnicity.groups).toHaveLength(5);
    expect(ethnicity.options).toHaveLength(19);
    expect(ethnicity.options.map((o) => o.label)).toContain(
      'Asian, Asian British or Asian Welsh: Indian',
    );
    expect(ethnicity.options.map((o) => o.label)).toContain(
      'Other ethnic group: Any other ethnic group',
    );
    expect(ethnicity.options.map((o) => o.label)).toContain('White: Roma');
    expect(new Set(ethnicity.options.map((o) => o.code)).size).toBe(19);
    const perGroup = ethnicity.groups?.map(
      (g) => ethnicity.options.filter((o) => o.group === g.code).length,
    );
    expect(perGroup).toEqual([5, 3, 4, 5, 2]);
  });

  it('uses the NHS sexual orientation monitoring categories, with "Not sure" as an answer', () => {
    expect(equalityQuestion('sexualOrientation').options.map((o) => o.label)).toEqual([
      'Heterosexual or Straight',
      'Gay or Lesbian',
      'Bisexual',
      'Other sexual orientation not listed',
      'Not sure',
    ]);
  });

  it('asks the gender identity question as worded, and religion with the ONS list', () => {
    expect(equalityQuestion('genderReassignment').question).toBe(
      'Is your gender identity the same as the sex you were registered at birth?',
    );
    expect(equalityQuestion('religion').options).toHaveLength(8);
    expect(equalityQuestion('religion').options[0]?.label).toBe('No religion');
  });

  it('offers "Prefer not to say" on every question, never as one of the categories', () => {
    for (const question of EQUALITY_QUESTIONS) {
      expect(answerLabel(question.id, PREFER_NOT_TO_SAY)).toBe('Prefer not to say');
      expect(question.options.some((o) => o.code === PREFER_NOT_TO_SAY)).toBe(false);
    }
  });
});

describe('an equality response', () => {
  const consents = [consent('ethnicity', 'granted', '2026-01-10T10:00:00Z')];

  it('keeps "prefer not to say" apart from a question left unanswered', () => {
    const checked = validateEqualityResponse(
      {
        personId: 'p-sam',
        answers: { age: '25-to-34', sex: PREFER_NOT_TO_SAY, religion: '' },
        givenAt: ctx.now,
      },
      [],
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.answers).toEqual({ age: '25-to-34', sex: PREFER_NOT_TO_SAY });
    expect(answerState(checked.value, 'sex')).toEqual({ kind: 'prefer-not-to-say' });
    expect(answerState(checked.value, 'religion')).toEqual({ kind: 'not-answered' });
    expect(answerState(checked.value, 'age')).toEqual({
      kind: 'answered',
      code: '25-to-34',
      label: '25 to 34',
    });
    expect(answerState(undefined, 'age')).toEqual({ kind: 'not-answered' });
  });

  it('refuses an answer that is not one of the options', () => {
    const checked = validateEqualityResponse(
      { personId: 'p-sam', answers: { sex: 'sometimes' }, givenAt: ctx.now },
      [],
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors['answers.sex']).toMatch(/Choose one of the answers/);
  });

  it('needs explicit consent for special category answers, but not for "prefer not to say"', () => {
    const answers = {
      ethnicity: 'asian-indian',
      sexualOrientation: 'bisexual',
      religion: PREFER_NOT_TO_SAY,
      disability: 'yes',
    };
    const checked = validateEqualityResponse(
      { personId: 'p-sam', answers, givenAt: ctx.now },
      consents,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors['answers.ethnicity']).toBeUndefined();
    expect(checked.errors['answers.religion']).toBeUndefined();
    expect(checked.errors['answers.sexualOrientation']).toMatch(
      /explicit consent for sexual orientation data/,
    );
    expect(checked.errors['answers.disability']).toMatch(/explicit consent for health data/);
  });

  it('needs at least one answer', () => {
    const checked = validateEqualityResponse(
      { personId: 'p-sam', answers: {}, givenAt: ctx.now },
      [],
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.answers).toMatch(/at least one question/);
  });

  it('drops answers whose consent was withdrawn, keeping "prefer not to say"', () => {
    const withdrawn = [...consents, consent('ethnicity', 'withdrawn', '2026-02-10T10:00:00Z')];
    const answers = { ethnicity: 'white-irish', religion: PREFER_NOT_TO_SAY, age: '85-or-over' };
    expect(withoutUnconsentedAnswers(answers, withdrawn)).toEqual({
      religion: PREFER_NOT_TO_SAY,
      age: '85-or-over',
    });
    expect(withoutUnconsentedAnswers(answers, consents)).toEqual(answers);
  });
});

function response(
  id: string,
  personId: string,
  answers: EqualityResponse['answers'],
  when = ctx.now,
): EqualityResponse {
  return { ...createdMeta(id, at(when)), personId, answers, givenAt: when };
}

describe('the reach report', () => {
  // 14 people in scope: 8 women, 4 men, 1 prefer not to say, 1 with no response at all.
  const people = Array.from({ length: 14 }, (_, i) => `p-${i}`);
  const responses: EqualityResponse[] = [
    ...people.slice(0, 8).map((p, i) =>
      response(`r-${i}`, p, {
        sex: 'female',
        ethnicity: 'white-english-welsh-scottish-northern-irish-or-british',
      }),
    ),
    ...people
      .slice(8, 12)
      .map((p, i) => response(`r-${i + 8}`, p, { sex: 'male', ethnicity: 'asian-indian' })),
    response('r-12', 'p-12', { sex: PREFER_NOT_TO_SAY }),
    response('r-outsider', 'p-outsider', { sex: 'male' }),
  ];

  const report = reachReport(responses, people);
  const table = (id: string) => report.tables.find((t) => t.questionId === id);
  const row = (id: string, key: string) => table(id)?.rows.find((r) => r.key === key);

  it('counts only the people in scope, once each', () => {
    expect(report.people).toBe(14);
    expect(report.responded).toBe(13);
    expect(reachReport(responses, [...people, 'p-0']).people).toBe(14);
  });

  it('shows counts of 5 or more and hides smaller ones as "fewer than 5"', () => {
    expect(row('sex', 'female')?.display).toBe('8');
    expect(row('sex', 'male')?.display).toBe('fewer than 5');
    expect(row('sex', 'prefer-not-to-say')?.display).toBe('fewer than 5');
    expect(row('sex', 'not-answered')?.display).toBe('fewer than 5');
  });

  it('keeps "Prefer not to say" and "Not answered" as separate rows', () => {
    const big = reachReport(
      [
        ...Array.from({ length: 6 }, (_, i) =>
          response(`a-${i}`, `q-${i}`, { sex: PREFER_NOT_TO_SAY }),
        ),
        ...Array.from({ length: 7 }, (_, i) =>
          response(`b-${i}`, `q-${i + 6}`, { age: '18-to-24' }),
        ),
      ],
      [
        ...Array.from({ length: 13 }, (_, i) => `q-${i}`),
        ...Array.from({ length: 5 }, (_, i) => `none-${i}`),
      ],
    );
    const sex = big.tables.find((t) => t.questionId === 'sex');
    expect(sex?.rows.find((r) => r.key === 'prefer-not-to-say')?.display).toBe('6');
    expect(sex?.rows.find((r) => r.key === 'not-answered')?.display).toBe('12');
    expect(sex?.rows.find((r) => r.key === 'female')?.display).toBe('0');
  });

  it('reports ethnicity by its five groups unless categories are asked for', () => {
    expect(table('ethnicity')?.rows.map((r) => r.key)).toEqual([
      'asian',
      'black',
      'mixed',
      'white',
      'other',
      'prefer-not-to-say',
      'not-answered',
    ]);
    expect(row('ethnicity', 'white')?.display).toBe('8');
    const detailed = reachReport(responses, people, { ethnicityLevel: 'category' });
    expect(detailed.tables.find((t) => t.questionId === 'ethnicity')?.rows).toHaveLength(21);
  });

  it('never lets a hidden count be worked out from the total', () => {
    for (const t of report.tables) {
      const hidden = t.rows.filter((r) => r.cell.suppressed);
      expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
    }
    expect(JSON.stringify(report)).not.toMatch(/"count":[1-4][,}]/);
  });

  it('uses the latest response when two devices hold one each for the same person', () => {
    const old = response('r-old', 'p-x', { sex: 'female' }, '2026-01-01T10:00:00Z');
    const fresh = response('r-new', 'p-x', { sex: PREFER_NOT_TO_SAY }, '2026-02-01T10:00:00Z');
    expect(latestResponses([fresh, old]).get('p-x')?.id).toBe('r-new');
    expect(latestResponses([old, fresh]).get('p-x')?.id).toBe('r-new');
  });
});
