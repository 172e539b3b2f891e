import { collectPoints } from './item-points';
import type { Instrument, ItemAnswers, Score } from './types';

/**
 * The Community Life Survey reports "% definitely or tend to agree". The score is therefore 1
 * for agreeing and 0 otherwise; "Don't know" is neither agreeing nor disagreeing (its own
 * category) but stays in the base, as in the published statistics.
 */
const CATEGORY: Readonly<Record<string, 'agrees' | 'disagrees' | 'dont-know'>> = {
  'definitely-agree': 'agrees',
  'tend-to-agree': 'agrees',
  'tend-to-disagree': 'disagrees',
  'definitely-disagree': 'disagrees',
  'dont-know': 'dont-know',
};

export const communityLifeInfluence: Instrument = {
  id: 'community-life-influence',
  name: 'Community Life Survey: influencing local decisions',
  measure: 'Able to influence decisions',
  scoringVersion: 1,
  licence: 'Community Life Survey question (DCMS); Open Government Licence.',
  instructions: '',
  items: [
    {
      id: 'influence',
      text: 'Do you agree or disagree that you can influence decisions affecting your local area?',
    },
  ],
  responseScale: {
    kind: 'options',
    options: [
      { code: 'definitely-agree', label: 'Definitely agree' },
      { code: 'tend-to-agree', label: 'Tend to agree' },
      { code: 'tend-to-disagree', label: 'Tend to disagree' },
      { code: 'definitely-disagree', label: 'Definitely disagree' },
      { code: 'dont-know', label: "Don't know" },
    ],
  },
  direction: 'higher-is-better',
  range: { min: 0, max: 1 },
  decimals: 0,
  headline: 'threshold',
  suggestedThreshold: { label: 'definitely or tend to agree', atLeast: 1 },
  score(answers: ItemAnswers): Score {
    const collected = collectPoints(communityLifeInfluence, answers, (_item, answer) =>
      answer.kind === 'choice' && Object.hasOwn(CATEGORY, answer.optionId)
        ? CATEGORY[answer.optionId] === 'agrees'
          ? 1
          : 0
        : undefined,
    );
    if (!collected.ok) return collected.score;
    const answer = answers['influence'];
    const category = answer?.kind === 'choice' ? CATEGORY[answer.optionId] : undefined;
    const value = collected.points[0] ?? 0;
    return {
      status: 'scored',
      instrumentId: communityLifeInfluence.id,
      scoringVersion: communityLifeInfluence.scoringVersion,
      value,
      raw: value,
      ...(category ? { category } : {}),
    };
  },
};

/** Whether a scored Community Life answer agrees, disagrees or did not know. */
export function influenceCategory(score: Score): 'agrees' | 'disagrees' | 'dont-know' | undefined {
  if (score.status !== 'scored' || score.instrumentId !== communityLifeInfluence.id)
    return undefined;
  const category = score.category;
  return category === 'agrees' || category === 'disagrees' || category === 'dont-know'
    ? category
    : undefined;
}
