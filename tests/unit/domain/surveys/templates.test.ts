import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../../../src-renderer/domain/surveys/form';
import {
  fitsScale,
  validateFormDefinition,
} from '../../../../src-renderer/domain/surveys/form-validation';
import { INSTRUMENTS, findInstrument } from '../../../../src-renderer/domain/surveys/instruments';
import { scoreInstrument, scoreResponse } from '../../../../src-renderer/domain/surveys/scoring';
import {
  baselineSurveyTemplate,
  feedbackFormTemplate,
} from '../../../../src-renderer/domain/surveys/templates';
import { answerAll, choice, declined, num } from './helpers';

describe('event feedback template', () => {
  const template = feedbackFormTemplate();

  it('is a valid, anonymous-capable feedback form', () => {
    expect(validateFormDefinition(template).ok).toBe(true);
    expect(template.purpose).toBe('feedback');
  });

  it('asks how it was, what people got out of it, connection, venue, food, access, coming again and anything else', () => {
    expect(allQuestions(template).map((q) => [q.id, q.kind])).toEqual([
      ['how-was-it', 'single-choice'],
      ['got-out-of-it', 'multiple-choice'],
      ['connected', 'agreement-scale'],
      ['venue', 'agreement-scale'],
      ['food', 'agreement-scale'],
      ['access-needs', 'single-choice'],
      ['come-again', 'single-choice'],
      ['anything-else', 'long-text'],
    ]);
  });

  it('lets people decline any question', () => {
    expect(allQuestions(template).every((q) => q.allowDecline)).toBe(true);
  });
});

describe('baseline survey template', () => {
  const template = baselineSurveyTemplate();

  it('is a valid survey with one section per instrument, each bound to it', () => {
    expect(validateFormDefinition(template).ok).toBe(true);
    expect(template.purpose).toBe('survey');
    expect(template.sections.map((s) => s.instrument?.instrumentId)).toEqual(
      INSTRUMENTS.map((i) => i.id),
    );
    expect(template.sections.map((s) => s.title)).toEqual([
      'Confidence',
      'Self-esteem',
      'Wellbeing',
      'Loneliness',
      'Feeling lonely',
      'Satisfaction with social network',
      'Making a difference',
      'Able to influence decisions',
    ]);
  });

  it("asks each item on its instrument's own response scale, required but declinable", () => {
    for (const section of template.sections) {
      const instrument = findInstrument(section.instrument?.instrumentId ?? '');
      if (!instrument) throw new Error(`no instrument for ${section.id}`);
      expect(section.questions.map((q) => q.itemId)).toEqual(instrument.items.map((i) => i.id));
      for (const question of section.questions) {
        expect(fitsScale(question, instrument)).toBe(true);
        expect(question.required && question.allowDecline).toBe(true);
      }
    }
    const rosenberg = template.sections.find((s) => s.id === 'rosenberg')?.questions[0];
    expect(rosenberg?.kind === 'single-choice' && rosenberg.options.map((o) => o.label)).toEqual([
      'Strongly agree',
      'Agree',
      'Disagree',
      'Strongly disagree',
    ]);
    expect(template.sections.find((s) => s.id === 'ons-worthwhile')?.questions[0]?.kind).toBe(
      'scale-0-10',
    );
  });

  it('alternates the direction of the Campaign to End Loneliness scale, as its guidance asks', () => {
    const cel = template.sections.find((s) => s.id === 'cel');
    const firstLabels = cel?.questions.map((q) =>
      q.kind === 'single-choice' ? q.options[0]?.label : '',
    );
    expect(firstLabels).toEqual(['Strongly disagree', 'Strongly agree', 'Strongly disagree']);
  });

  it('scores a completed survey on every measure, and a declined section as declined', () => {
    const answers = answerAll(template, (q) => {
      if (q.id.startsWith('swemwbs.'))
        return q.id === 'swemwbs.relaxed' ? declined : choice('often');
      if (q.kind === 'scale-0-10') return num(8);
      return q.kind === 'single-choice' ? choice(q.options[0]?.id ?? '') : undefined;
    });
    const scores = scoreResponse(template, answers);
    expect(scores.map((s) => [s.instrument.id, s.score.status])).toEqual([
      ['gse', 'scored'],
      ['rosenberg', 'scored'],
      ['swemwbs', 'declined'],
      ['ucla-3', 'scored'],
      ['loneliness-direct', 'scored'],
      ['cel', 'scored'],
      ['ons-worthwhile', 'scored'],
      ['community-life-influence', 'scored'],
    ]);
    // First options: GSE "Not at all true" ×10 = 10; CEL item 2 is reversed so it starts at
    // "Strongly agree" (0) while items 1 and 3 start at "Strongly disagree" (4 each).
    expect(scoreInstrument(template, answers, 'gse')).toMatchObject({
      status: 'scored',
      value: 10,
    });
    expect(scoreInstrument(template, answers, 'cel')).toMatchObject({ status: 'scored', value: 8 });
    expect(scoreInstrument(template, answers, 'ons-worthwhile')).toMatchObject({ value: 8 });
    expect(scoreInstrument(template, answers, 'phq-9')).toBeUndefined();
    expect(scores[0]?.binding).toEqual({ instrumentId: 'gse', scoringVersion: 1 });
  });
});
