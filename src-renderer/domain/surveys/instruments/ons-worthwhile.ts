import { collectPoints, scoredSum } from './item-points';
import type { Instrument, ItemAnswers, Score } from './types';

export const onsWorthwhile: Instrument = {
  id: 'ons-worthwhile',
  name: 'ONS personal well-being: worthwhile',
  measure: 'Making a difference',
  scoringVersion: 1,
  licence: 'ONS harmonised personal well-being question; Open Government Licence.',
  instructions: 'Answer on a scale of 0 to 10, where 0 is "not at all" and 10 is "completely".',
  items: [
    {
      id: 'worthwhile',
      text: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
    },
  ],
  responseScale: { kind: 'scale-0-10', lowLabel: 'Not at all', highLabel: 'Completely' },
  direction: 'higher-is-better',
  range: { min: 0, max: 10 },
  decimals: 0,
  headline: 'mean',
  // ONS reports 7–8 as "high" and 9–10 as "very high".
  suggestedThreshold: { label: 'rate it 7 or more out of 10', atLeast: 7 },
  score(answers: ItemAnswers): Score {
    const collected = collectPoints(onsWorthwhile, answers, (_item, answer) =>
      answer.kind === 'number' &&
      Number.isInteger(answer.value) &&
      answer.value >= 0 &&
      answer.value <= 10
        ? answer.value
        : undefined,
    );
    return collected.ok ? scoredSum(onsWorthwhile, collected.points) : collected.score;
  },
};
