import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, findInstrument } from '../../../../src-renderer/domain/surveys/instruments';
import { campaignToEndLoneliness } from '../../../../src-renderer/domain/surveys/instruments/campaign-to-end-loneliness';
import {
  communityLifeInfluence,
  influenceCategory,
} from '../../../../src-renderer/domain/surveys/instruments/community-life-influence';
import { generalSelfEfficacy } from '../../../../src-renderer/domain/surveys/instruments/general-self-efficacy';
import { onsWorthwhile } from '../../../../src-renderer/domain/surveys/instruments/ons-worthwhile';
import { rosenberg } from '../../../../src-renderer/domain/surveys/instruments/rosenberg';
import { swemwbs } from '../../../../src-renderer/domain/surveys/instruments/swemwbs';
import type { Answer } from '../../../../src-renderer/domain/surveys/answers';
import type { Instrument, Score } from '../../../../src-renderer/domain/surveys/instruments/types';
import {
  directLoneliness,
  uclaLoneliness,
} from '../../../../src-renderer/domain/surveys/instruments/ucla-loneliness';
import { allItems, choice, declined, items, num } from './helpers';

const ids = (instrument: Instrument) => instrument.items.map((item) => item.id);

function scoredValue(score: Score): number {
  if (score.status !== 'scored') throw new Error(`Expected a score, got ${JSON.stringify(score)}`);
  return score.value;
}

describe('SWEMWBS', () => {
  // Copied from product.md, "Baseline and follow-up surveys": the published conversion table.
  const PUBLISHED =
    '7→7.00 8→9.51 9→11.25 10→12.40 11→13.33 12→14.08 13→14.75 14→15.32 15→15.84 16→16.36 ' +
    '17→16.88 18→17.43 19→17.98 20→18.59 21→19.25 22→19.98 23→20.73 24→21.54 25→22.35 ' +
    '26→23.21 27→24.11 28→25.03 29→26.02 30→27.03 31→28.13 32→29.31 33→30.70 34→32.55 35→35.00';
  const table = PUBLISHED.split(' ').map((pair) => pair.split('→').map(Number) as [number, number]);
  const CODES = ['none-of-the-time', 'rarely', 'some-of-the-time', 'often', 'all-of-the-time'];

  /** Seven answers adding up to `raw`, spread over the items. */
  function answersSumming(raw: number) {
    const points = Array.from({ length: 7 }, () => 1);
    let extra = raw - 7;
    for (let i = 0; extra > 0; i = (i + 1) % 7) {
      if ((points[i] ?? 5) < 5) {
        points[i] = (points[i] ?? 1) + 1;
        extra--;
      }
    }
    return items(
      Object.fromEntries(ids(swemwbs).map((id, i) => [id, CODES[(points[i] ?? 1) - 1] ?? ''])),
    );
  }

  it('has all 29 raw sums in the published table', () => {
    expect(table).toHaveLength(29);
    expect(table[0]).toEqual([7, 7]);
    expect(table[28]).toEqual([35, 35]);
  });

  it.each(table)('converts a raw sum of %i to a metric score of %d', (raw, metric) => {
    const score = swemwbs.score(answersSumming(raw));
    expect(score).toEqual({
      status: 'scored',
      instrumentId: 'swemwbs',
      scoringVersion: 1,
      value: metric,
      raw,
    });
  });

  it('scores each answer from 1 (none of the time) to 5 (all of the time)', () => {
    const answers = items({
      optimistic: 'none-of-the-time',
      useful: 'rarely',
      relaxed: 'some-of-the-time',
      problems: 'often',
      thinking: 'all-of-the-time',
      close: 'rarely',
      'own-mind': 'some-of-the-time',
    });
    const score = swemwbs.score(answers);
    expect(score.status === 'scored' && score.raw).toBe(20);
    expect(scoredValue(score)).toBe(18.59);
  });

  it('does not score six answers out of seven', () => {
    const answers = items(allItems(ids(swemwbs).slice(0, 6), 'often'));
    expect(swemwbs.score(answers)).toEqual({
      status: 'incomplete',
      instrumentId: 'swemwbs',
      scoringVersion: 1,
      missing: ['own-mind'],
    });
  });

  it('keeps a declined item apart from a missing one', () => {
    const answers = { ...items(allItems(ids(swemwbs).slice(0, 5), 'often')), thinking: declined };
    expect(swemwbs.score(answers)).toEqual({
      status: 'declined',
      instrumentId: 'swemwbs',
      scoringVersion: 1,
      declined: ['thinking'],
      missing: ['close', 'own-mind'],
    });
  });

  it('refuses an answer that is not on its scale', () => {
    const answers = { ...items(allItems(ids(swemwbs), 'often')), relaxed: choice('sometimes') };
    const score = swemwbs.score(answers);
    expect(score.status).toBe('invalid');
    expect(score.status === 'invalid' && score.invalid).toEqual(['relaxed']);
  });
});

describe('Rosenberg Self-Esteem Scale', () => {
  const REVERSED = [2, 5, 6, 8, 9];

  it('marks exactly items 2, 5, 6, 8 and 9 as reversed', () => {
    const reversed = rosenberg.items.filter((item) => item.reversed).map((item) => item.id);
    expect(reversed).toEqual(REVERSED.map((n) => `item-${n}`));
  });

  // With every item at "Agree" the total is 5 × 2 + 5 × 1 = 15; moving one item to an end of
  // the scale shows which way that item is scored.
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))(
    'scores item %i the right way round',
    (n) => {
      const base = allItems(ids(rosenberg), 'agree');
      expect(scoredValue(rosenberg.score(items(base)))).toBe(15);
      const stronglyAgree = scoredValue(
        rosenberg.score(items({ ...base, [`item-${n}`]: 'strongly-agree' })),
      );
      const stronglyDisagree = scoredValue(
        rosenberg.score(items({ ...base, [`item-${n}`]: 'strongly-disagree' })),
      );
      if (REVERSED.includes(n)) {
        expect([stronglyAgree, stronglyDisagree]).toEqual([14, 17]);
      } else {
        expect([stronglyAgree, stronglyDisagree]).toEqual([16, 13]);
      }
    },
  );

  it('scores 0 at the lowest self-esteem and 30 at the highest', () => {
    const low = Object.fromEntries(
      ids(rosenberg).map((id, i) => [
        id,
        REVERSED.includes(i + 1) ? 'strongly-agree' : 'strongly-disagree',
      ]),
    );
    const high = Object.fromEntries(
      ids(rosenberg).map((id, i) => [
        id,
        REVERSED.includes(i + 1) ? 'strongly-disagree' : 'strongly-agree',
      ]),
    );
    expect(scoredValue(rosenberg.score(items(low)))).toBe(0);
    expect(scoredValue(rosenberg.score(items(high)))).toBe(30);
  });

  it('does not score nine items out of ten, even if they are all at the top', () => {
    const nine = allItems(ids(rosenberg).slice(0, 9), 'strongly-agree');
    expect(rosenberg.score(items(nine)).status).toBe('incomplete');
  });
});

describe('General Self-Efficacy Scale', () => {
  it('sums ten items scored 1 to 4, from 10 to 40', () => {
    expect(
      scoredValue(
        generalSelfEfficacy.score(items(allItems(ids(generalSelfEfficacy), 'not-at-all-true'))),
      ),
    ).toBe(10);
    expect(
      scoredValue(
        generalSelfEfficacy.score(items(allItems(ids(generalSelfEfficacy), 'exactly-true'))),
      ),
    ).toBe(40);
    const codes = ['not-at-all-true', 'hardly-true', 'moderately-true', 'exactly-true'];
    const mixed = Object.fromEntries(
      ids(generalSelfEfficacy).map((id, i) => [id, codes[i % 4] ?? '']),
    );
    // 1 + 2 + 3 + 4 + 1 + 2 + 3 + 4 + 1 + 2
    expect(scoredValue(generalSelfEfficacy.score(items(mixed)))).toBe(23);
  });

  it('never fills in a missing item from the others', () => {
    const nine = allItems(ids(generalSelfEfficacy).slice(1), 'exactly-true');
    expect(generalSelfEfficacy.score(items(nine))).toMatchObject({
      status: 'incomplete',
      missing: ['item-1'],
    });
  });
});

describe('UCLA 3-item loneliness', () => {
  it('sums three items scored 1 to 3, from 3 to 9', () => {
    expect(
      scoredValue(
        uclaLoneliness.score(items(allItems(ids(uclaLoneliness), 'hardly-ever-or-never'))),
      ),
    ).toBe(3);
    expect(scoredValue(uclaLoneliness.score(items(allItems(ids(uclaLoneliness), 'often'))))).toBe(
      9,
    );
    const mixed = items({
      companionship: 'hardly-ever-or-never',
      'left-out': 'some-of-the-time',
      isolated: 'often',
    });
    expect(scoredValue(uclaLoneliness.score(mixed))).toBe(6);
  });

  it('treats a higher score as lonelier', () => {
    expect(uclaLoneliness.direction).toBe('lower-is-better');
  });

  it('keeps the direct question out of the sum and reports it separately', () => {
    expect(ids(uclaLoneliness)).toEqual(['companionship', 'left-out', 'isolated']);
    expect(directLoneliness.items.map((item) => item.text)).toEqual([
      'How often do you feel lonely?',
    ]);
    expect(directLoneliness.score(items({ lonely: 'often-always' }))).toMatchObject({
      status: 'scored',
      value: 4,
      category: 'often-always',
    });
    expect(scoredValue(directLoneliness.score(items({ lonely: 'never' })))).toBe(0);
    expect(directLoneliness.suggestedThreshold).toEqual({
      label: 'feel lonely often or always',
      atLeast: 4,
    });
  });
});

describe('Campaign to End Loneliness tool', () => {
  it('scores 0 when someone strongly agrees with every statement and 12 when they strongly disagree', () => {
    expect(
      scoredValue(
        campaignToEndLoneliness.score(
          items(allItems(ids(campaignToEndLoneliness), 'strongly-agree')),
        ),
      ),
    ).toBe(0);
    expect(
      scoredValue(
        campaignToEndLoneliness.score(
          items(allItems(ids(campaignToEndLoneliness), 'strongly-disagree')),
        ),
      ),
    ).toBe(12);
  });

  it('scores agree 1, neutral 2 and disagree 3, so a higher total means lonelier', () => {
    const mixed = items({ content: 'agree', help: 'neutral', satisfying: 'disagree' });
    expect(scoredValue(campaignToEndLoneliness.score(mixed))).toBe(6);
    expect(campaignToEndLoneliness.direction).toBe('lower-is-better');
  });
});

describe('ONS worthwhile', () => {
  it('reports the 0 to 10 answer as it is', () => {
    expect(scoredValue(onsWorthwhile.score({ worthwhile: num(0) }))).toBe(0);
    expect(scoredValue(onsWorthwhile.score({ worthwhile: num(10) }))).toBe(10);
    expect(scoredValue(onsWorthwhile.score({ worthwhile: num(7) }))).toBe(7);
  });

  it('refuses numbers that are not whole numbers from 0 to 10', () => {
    expect(onsWorthwhile.score({ worthwhile: num(11) }).status).toBe('invalid');
    expect(onsWorthwhile.score({ worthwhile: num(6.5) }).status).toBe('invalid');
    expect(onsWorthwhile.score({ worthwhile: choice('7') }).status).toBe('invalid');
  });

  it('says when the question was declined or not answered', () => {
    expect(onsWorthwhile.score({ worthwhile: declined }).status).toBe('declined');
    expect(onsWorthwhile.score({}).status).toBe('incomplete');
  });
});

describe('Community Life Survey: influence', () => {
  const score = (code: string) => communityLifeInfluence.score(items({ influence: code }));

  it('counts definitely agree and tend to agree as agreeing', () => {
    expect(score('definitely-agree')).toMatchObject({
      status: 'scored',
      value: 1,
      category: 'agrees',
    });
    expect(score('tend-to-agree')).toMatchObject({
      status: 'scored',
      value: 1,
      category: 'agrees',
    });
  });

  it('counts tend to disagree and definitely disagree as disagreeing', () => {
    expect(score('tend-to-disagree')).toMatchObject({ value: 0, category: 'disagrees' });
    expect(score('definitely-disagree')).toMatchObject({ value: 0, category: 'disagrees' });
  });

  it("treats Don't know as neither agreeing nor disagreeing", () => {
    const dontKnow = score('dont-know');
    expect(dontKnow).toMatchObject({ status: 'scored', value: 0, category: 'dont-know' });
    expect(influenceCategory(dontKnow)).toBe('dont-know');
    expect(influenceCategory(score('definitely-disagree'))).toBe('disagrees');
  });

  it("keeps Don't know apart from a declined answer", () => {
    expect(communityLifeInfluence.score({ influence: declined }).status).toBe('declined');
  });

  it('suggests "% definitely or tend to agree" as its headline figure', () => {
    expect(communityLifeInfluence.headline).toBe('threshold');
    expect(communityLifeInfluence.suggestedThreshold).toEqual({
      label: 'definitely or tend to agree',
      atLeast: 1,
    });
  });
});

describe('every instrument', () => {
  /** Every answer each item can take, as item answers. */
  function choicesFor(instrument: Instrument): Answer[] {
    const scale = instrument.responseScale;
    return scale.kind === 'scale-0-10'
      ? Array.from({ length: 11 }, (_, n) => num(n))
      : scale.options.map((option) => choice(option.code));
  }

  it.each(INSTRUMENTS.map((instrument) => [instrument.id, instrument] as const))(
    '%s reaches exactly its published minimum and maximum, and scores nothing for an empty set',
    (_id, instrument) => {
      // Scores add up item by item, so the extremes are the per-item extremes put together,
      // whichever way round each item is scored.
      const options = choicesFor(instrument);
      const first = options[0] ?? num(0);
      const base = Object.fromEntries(ids(instrument).map((id) => [id, first]));
      const low: Record<string, Answer> = {};
      const high: Record<string, Answer> = {};
      for (const id of ids(instrument)) {
        const ranked = options
          .map((answer) => ({
            answer,
            value: scoredValue(instrument.score({ ...base, [id]: answer })),
          }))
          .sort((a, b) => a.value - b.value);
        low[id] = ranked[0]?.answer ?? first;
        high[id] = ranked[ranked.length - 1]?.answer ?? first;
      }
      expect(scoredValue(instrument.score(low))).toBe(instrument.range.min);
      expect(scoredValue(instrument.score(high))).toBe(instrument.range.max);
      expect(instrument.score({})).toMatchObject({
        status: 'incomplete',
        missing: ids(instrument),
      });
      expect(findInstrument(instrument.id)).toBe(instrument);
    },
  );

  it('puts a declined answer ahead of missing ones, and says which items were declined', () => {
    const first = ids(generalSelfEfficacy)[0] ?? '';
    expect(generalSelfEfficacy.score({ [first]: declined })).toMatchObject({
      status: 'declined',
      declined: [first],
      missing: ids(generalSelfEfficacy).slice(1),
    });
  });
});
