import { describe, expect, it } from 'vitest';
import type { RankEntry } from '../../../../src-renderer/domain/voting/ranking';
import { nearTieMargin, rankWithNearTies } from '../../../../src-renderer/domain/voting/ranking';

const entries = (...totals: number[]): RankEntry[] =>
  totals.map((dots, i) => ({ id: `o${i}`, label: `Option ${String.fromCharCode(65 + i)}`, dots }));

const summary = (ranked: ReturnType<typeof rankWithNearTies>) =>
  ranked.map((r) => `${r.label}:${r.dots}:${r.rank}${r.tied ? '=' : ''}`);

describe('nearTieMargin', () => {
  it.each([
    [0, 1],
    [10, 1],
    [39, 1],
    [40, 2],
    [59, 2],
    [100, 5],
    [200, 10],
  ])('with a leader on %i dots, totals within %i dot(s) are near-ties', (leader, margin) => {
    expect(nearTieMargin(leader)).toBe(margin);
  });
});

describe('rankWithNearTies', () => {
  it('ranks by total dots, highest first, with shares of all dots cast', () => {
    const ranked = rankWithNearTies(entries(2, 10, 5));
    expect(summary(ranked)).toEqual(['Option B:10:1', 'Option C:5:2', 'Option A:2:3']);
    expect(ranked.map((r) => r.share)).toEqual([10 / 17, 5 / 17, 2 / 17]);
  });

  it('shows exact ties as ties and skips the ranks they share', () => {
    expect(summary(rankWithNearTies(entries(6, 6, 2)))).toEqual([
      'Option A:6:1=',
      'Option B:6:1=',
      'Option C:2:3',
    ]);
  });

  it('shows totals one dot apart as a tie', () => {
    expect(summary(rankWithNearTies(entries(9, 10, 4)))).toEqual([
      'Option B:10:1=',
      'Option A:9:1=',
      'Option C:4:3',
    ]);
  });

  it('does not chain one-dot gaps into a tie wider than the margin', () => {
    expect(summary(rankWithNearTies(entries(10, 9, 8)))).toEqual([
      'Option A:10:1=',
      'Option B:9:1=',
      'Option C:8:3',
    ]);
  });

  it('does not tie totals two dots apart in a small room', () => {
    expect(summary(rankWithNearTies(entries(20, 18)))).toEqual(['Option A:20:1', 'Option B:18:2']);
  });

  it('widens the margin to 5% of the leader in a large room', () => {
    // Leader 100 → margin 5: 95 ties, 94 does not.
    expect(summary(rankWithNearTies(entries(100, 95, 94)))).toEqual([
      'Option A:100:1=',
      'Option B:95:1=',
      'Option C:94:3',
    ]);
  });

  it('finds near-ties further down the ranking too', () => {
    expect(summary(rankWithNearTies(entries(12, 7, 6, 1)))).toEqual([
      'Option A:12:1',
      'Option B:7:2=',
      'Option C:6:2=',
      'Option D:1:4',
    ]);
  });

  it('never ties an option nobody chose with one that has dots', () => {
    expect(summary(rankWithNearTies(entries(1, 0, 0)))).toEqual([
      'Option A:1:1',
      'Option B:0:2=',
      'Option C:0:2=',
    ]);
  });

  it('ties everything, with no shares, when no dots were cast', () => {
    const ranked = rankWithNearTies(entries(0, 0));
    expect(summary(ranked)).toEqual(['Option A:0:1=', 'Option B:0:1=']);
    expect(ranked.every((r) => r.share === 0)).toBe(true);
  });

  it('orders equal totals by label, then id, whatever the input order', () => {
    const input: RankEntry[] = [
      { id: 'z', label: 'beta', dots: 3 },
      { id: 'y', label: 'Alpha', dots: 3 },
      { id: 'x', label: 'alpha', dots: 3 },
    ];
    const forwards = rankWithNearTies(input).map((r) => r.id);
    const backwards = rankWithNearTies([...input].reverse()).map((r) => r.id);
    expect(forwards).toEqual(['x', 'y', 'z']);
    expect(backwards).toEqual(forwards);
  });

  it('returns nothing for no options', () => {
    expect(rankWithNearTies([])).toEqual([]);
  });
});
