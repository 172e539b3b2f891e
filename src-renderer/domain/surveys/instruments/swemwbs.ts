import { collectPoints, pointsByCode, sum } from './item-points';
import type { Instrument, ItemAnswers, Score } from './types';

/**
 * The published conversion from the raw sum (7–35) to the SWEMWBS metric score. Scores are
 * looked up, never interpolated: a sum outside the table means the answers were not readable.
 */
const METRIC_SCORE: Readonly<Record<number, number>> = {
  7: 7.0,
  8: 9.51,
  9: 11.25,
  10: 12.4,
  11: 13.33,
  12: 14.08,
  13: 14.75,
  14: 15.32,
  15: 15.84,
  16: 16.36,
  17: 16.88,
  18: 17.43,
  19: 17.98,
  20: 18.59,
  21: 19.25,
  22: 19.98,
  23: 20.73,
  24: 21.54,
  25: 22.35,
  26: 23.21,
  27: 24.11,
  28: 25.03,
  29: 26.02,
  30: 27.03,
  31: 28.13,
  32: 29.31,
  33: 30.7,
  34: 32.55,
  35: 35.0,
};

const POINTS = {
  'none-of-the-time': 1,
  rarely: 2,
  'some-of-the-time': 3,
  often: 4,
  'all-of-the-time': 5,
};
const READ_POINTS = pointsByCode(POINTS);

export const swemwbs: Instrument = {
  id: 'swemwbs',
  name: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)',
  measure: 'Wellbeing',
  scoringVersion: 1,
  licence:
    'Free to use after registering with Warwick Medical School (© NHS Health Scotland, University ' +
    'of Warwick and University of Edinburgh). Only short item labels are stored here: paste the ' +
    'licensed wording into the question text once the taskforce has registered.',
  instructions: 'Think about how you have felt over the last 2 weeks.',
  items: [
    { id: 'optimistic', text: 'Optimistic about the future' },
    { id: 'useful', text: 'Feeling useful' },
    { id: 'relaxed', text: 'Feeling relaxed' },
    { id: 'problems', text: 'Dealing with problems well' },
    { id: 'thinking', text: 'Thinking clearly' },
    { id: 'close', text: 'Feeling close to other people' },
    { id: 'own-mind', text: 'Able to make up my own mind about things' },
  ],
  responseScale: {
    kind: 'options',
    options: [
      { code: 'none-of-the-time', label: 'None of the time' },
      { code: 'rarely', label: 'Rarely' },
      { code: 'some-of-the-time', label: 'Some of the time' },
      { code: 'often', label: 'Often' },
      { code: 'all-of-the-time', label: 'All of the time' },
    ],
  },
  direction: 'higher-is-better',
  range: { min: 7, max: 35 },
  decimals: 2,
  rawLabel: 'raw sum (7 to 35)',
  headline: 'mean',
  score(answers: ItemAnswers): Score {
    const collected = collectPoints(swemwbs, answers, READ_POINTS);
    if (!collected.ok) return collected.score;
    const raw = sum(collected.points);
    const about = { instrumentId: swemwbs.id, scoringVersion: swemwbs.scoringVersion };
    const metric = METRIC_SCORE[raw];
    if (metric === undefined) return { status: 'invalid', ...about, invalid: [] };
    return { status: 'scored', ...about, value: metric, raw };
  },
};
