import { collectPoints, pointsByCode, scoredSum } from './item-points';
import type { Instrument, ItemAnswers, Score } from './types';

const POINTS = { 'not-at-all-true': 1, 'hardly-true': 2, 'moderately-true': 3, 'exactly-true': 4 };
const READ_POINTS = pointsByCode(POINTS);

export const generalSelfEfficacy: Instrument = {
  id: 'gse',
  name: 'General Self-Efficacy Scale',
  measure: 'Confidence',
  scoringVersion: 1,
  licence:
    'Free for non-commercial use (© Ralf Schwarzer and Matthias Jerusalem, 1995). Only short item ' +
    'labels are stored here: use the published wording in the question text.',
  instructions: 'How true is each statement for you?',
  items: [
    { id: 'item-1', text: 'Can solve difficult problems if I try hard enough' },
    { id: 'item-2', text: 'Can find ways to get what I want when someone opposes me' },
    { id: 'item-3', text: 'Find it easy to stick to my aims and reach my goals' },
    { id: 'item-4', text: 'Could deal well with unexpected events' },
    { id: 'item-5', text: 'Know how to handle unforeseen situations' },
    { id: 'item-6', text: 'Can solve most problems if I put in the effort' },
    { id: 'item-7', text: 'Can stay calm facing difficulties, relying on how I cope' },
    { id: 'item-8', text: 'Can usually find several solutions to a problem' },
    { id: 'item-9', text: 'Can usually think of a solution when in trouble' },
    { id: 'item-10', text: 'Can usually handle whatever comes my way' },
  ],
  responseScale: {
    kind: 'options',
    options: [
      { code: 'not-at-all-true', label: 'Not at all true' },
      { code: 'hardly-true', label: 'Hardly true' },
      { code: 'moderately-true', label: 'Moderately true' },
      { code: 'exactly-true', label: 'Exactly true' },
    ],
  },
  direction: 'higher-is-better',
  range: { min: 10, max: 40 },
  decimals: 0,
  headline: 'mean',
  score(answers: ItemAnswers): Score {
    const collected = collectPoints(generalSelfEfficacy, answers, READ_POINTS);
    return collected.ok ? scoredSum(generalSelfEfficacy, collected.points) : collected.score;
  },
};
