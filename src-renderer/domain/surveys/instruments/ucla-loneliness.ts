import { collectPoints, pointsByCode, scoredSum } from './item-points';
import type { Instrument, ItemAnswers, Score } from './types';

const UCLA_POINTS = { 'hardly-ever-or-never': 1, 'some-of-the-time': 2, often: 3 };
const READ_UCLA = pointsByCode(UCLA_POINTS);

/** The three indirect questions of the UK government's harmonised loneliness measure. */
export const uclaLoneliness: Instrument = {
  id: 'ucla-3',
  name: 'UCLA 3-item Loneliness Scale',
  measure: 'Loneliness',
  scoringVersion: 1,
  licence:
    'Part of the ONS harmonised standard for measuring loneliness, recommended by the UK ' +
    'government for free use in surveys.',
  instructions: 'The next questions are about how you feel about different aspects of your life.',
  items: [
    { id: 'companionship', text: 'How often do you feel that you lack companionship?' },
    { id: 'left-out', text: 'How often do you feel left out?' },
    { id: 'isolated', text: 'How often do you feel isolated from others?' },
  ],
  responseScale: {
    kind: 'options',
    options: [
      { code: 'hardly-ever-or-never', label: 'Hardly ever or never' },
      { code: 'some-of-the-time', label: 'Some of the time' },
      { code: 'often', label: 'Often' },
    ],
  },
  direction: 'lower-is-better',
  range: { min: 3, max: 9 },
  decimals: 0,
  headline: 'mean',
  score(answers: ItemAnswers): Score {
    const collected = collectPoints(uclaLoneliness, answers, READ_UCLA);
    return collected.ok ? scoredSum(uclaLoneliness, collected.points) : collected.score;
  },
};

/**
 * The direct question is reported on its own, never added to the UCLA sum. Its "score" is the
 * answer's position (never 0 … often or always 4); the figure that matters is the share who
 * feel lonely often or always, the national indicator.
 */
const DIRECT_POINTS = {
  never: 0,
  'hardly-ever': 1,
  occasionally: 2,
  'some-of-the-time': 3,
  'often-always': 4,
};
const READ_DIRECT = pointsByCode(DIRECT_POINTS);

export const directLoneliness: Instrument = {
  id: 'loneliness-direct',
  name: 'How often do you feel lonely? (ONS direct question)',
  measure: 'Feeling lonely',
  scoringVersion: 1,
  licence: 'ONS harmonised standard for measuring loneliness; free to use.',
  instructions: '',
  items: [{ id: 'lonely', text: 'How often do you feel lonely?' }],
  responseScale: {
    kind: 'options',
    options: [
      { code: 'often-always', label: 'Often or always' },
      { code: 'some-of-the-time', label: 'Some of the time' },
      { code: 'occasionally', label: 'Occasionally' },
      { code: 'hardly-ever', label: 'Hardly ever' },
      { code: 'never', label: 'Never' },
    ],
  },
  direction: 'lower-is-better',
  range: { min: 0, max: 4 },
  decimals: 0,
  headline: 'threshold',
  suggestedThreshold: { label: 'feel lonely often or always', atLeast: 4 },
  score(answers: ItemAnswers): Score {
    const collected = collectPoints(directLoneliness, answers, READ_DIRECT);
    if (!collected.ok) return collected.score;
    const scored = scoredSum(directLoneliness, collected.points);
    const answer = answers['lonely'];
    return answer?.kind === 'choice' ? { ...scored, category: answer.optionId } : scored;
  },
};
