import { codePoints, collectPoints, scoredSum } from './item-points';
import type { Instrument, ItemAnswers, Score } from './types';

const POINTS = { 'strongly-agree': 3, agree: 2, disagree: 1, 'strongly-disagree': 0 };
const REVERSED_POINTS = { 'strongly-agree': 0, agree: 1, disagree: 2, 'strongly-disagree': 3 };

export const rosenberg: Instrument = {
  id: 'rosenberg',
  name: 'Rosenberg Self-Esteem Scale',
  measure: 'Self-esteem',
  scoringVersion: 1,
  licence: 'Public domain (Morris Rosenberg, 1965); no permission needed.',
  instructions:
    'Below is a list of statements dealing with your general feelings about yourself. ' +
    'Please say how strongly you agree or disagree with each statement.',
  items: [
    { id: 'item-1', text: 'On the whole, I am satisfied with myself.' },
    { id: 'item-2', text: 'At times I think I am no good at all.', reversed: true },
    { id: 'item-3', text: 'I feel that I have a number of good qualities.' },
    { id: 'item-4', text: 'I am able to do things as well as most other people.' },
    { id: 'item-5', text: 'I feel I do not have much to be proud of.', reversed: true },
    { id: 'item-6', text: 'I certainly feel useless at times.', reversed: true },
    {
      id: 'item-7',
      text: "I feel that I'm a person of worth, at least on an equal plane with others.",
    },
    { id: 'item-8', text: 'I wish I could have more respect for myself.', reversed: true },
    {
      id: 'item-9',
      text: 'All in all, I am inclined to feel that I am a failure.',
      reversed: true,
    },
    { id: 'item-10', text: 'I take a positive attitude toward myself.' },
  ],
  responseScale: {
    kind: 'options',
    options: [
      { code: 'strongly-agree', label: 'Strongly agree' },
      { code: 'agree', label: 'Agree' },
      { code: 'disagree', label: 'Disagree' },
      { code: 'strongly-disagree', label: 'Strongly disagree' },
    ],
  },
  direction: 'higher-is-better',
  range: { min: 0, max: 30 },
  decimals: 0,
  headline: 'mean',
  score(answers: ItemAnswers): Score {
    const collected = collectPoints(rosenberg, answers, (item, answer) =>
      codePoints(item.reversed ? REVERSED_POINTS : POINTS, answer),
    );
    return collected.ok ? scoredSum(rosenberg, collected.points) : collected.score;
  },
};
