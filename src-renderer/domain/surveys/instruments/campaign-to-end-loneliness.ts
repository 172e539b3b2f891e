import { collectPoints, pointsByCode, scoredSum } from './item-points';
import type { Instrument, ItemAnswers, Score } from './types';

/** The statements are positive, so disagreeing scores high: a higher total means lonelier. */
const POINTS = { 'strongly-agree': 0, agree: 1, neutral: 2, disagree: 3, 'strongly-disagree': 4 };
const READ_POINTS = pointsByCode(POINTS);

export const campaignToEndLoneliness: Instrument = {
  id: 'cel',
  name: 'Campaign to End Loneliness Measurement Tool',
  measure: 'Satisfaction with social network',
  scoringVersion: 1,
  licence: 'Free to use; credit the Campaign to End Loneliness.',
  instructions: 'How much do you agree or disagree with each statement?',
  items: [
    { id: 'content', text: 'I am content with my friendships and relationships' },
    {
      id: 'help',
      text: 'I have enough people I feel comfortable asking for help at any time',
      // The tool's guidance alternates the direction of the scale between statements.
      presentOptionsReversed: true,
    },
    { id: 'satisfying', text: 'My relationships are as satisfying as I would want them to be' },
  ],
  responseScale: {
    kind: 'options',
    options: [
      { code: 'strongly-disagree', label: 'Strongly disagree' },
      { code: 'disagree', label: 'Disagree' },
      { code: 'neutral', label: 'Neutral' },
      { code: 'agree', label: 'Agree' },
      { code: 'strongly-agree', label: 'Strongly agree' },
    ],
  },
  direction: 'lower-is-better',
  range: { min: 0, max: 12 },
  decimals: 0,
  headline: 'mean',
  score(answers: ItemAnswers): Score {
    const collected = collectPoints(campaignToEndLoneliness, answers, READ_POINTS);
    return collected.ok ? scoredSum(campaignToEndLoneliness, collected.points) : collected.score;
  },
};
