import { describe, expect, it } from 'vitest';
import { apportion, Prng } from '../../tools/bench/data/prng';
import { formatMs, formatTable, toRow } from '../../tools/bench/report';
import { median, percentile } from '../../tools/bench/stats';

describe('statistics', () => {
  it('takes the median and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([5, 1, 9], 95)).toBe(9);
    expect(median([])).toBeNaN();
  });
});

describe('rows and verdicts', () => {
  const base = { operation: 'open X', floor: 'read X', floorSamples: [10, 10, 10] };

  it('is OK when the p95 is within the budget, and gives the ratio to the floor', () => {
    const row = toRow({ ...base, kind: 'screen', samples: [400, 500, 900] });
    expect(row).toMatchObject({ verdict: 'OK', budgetMs: 1000, medianMs: 500, ratio: 50 });
  });

  it('is SLOW past the budget, or SLOW: shows progress when every slow run showed it', () => {
    const samples = [50, 150, 200];
    expect(toRow({ ...base, kind: 'click', samples }).verdict).toBe('SLOW');
    expect(toRow({ ...base, kind: 'click', samples, progress: [false, true, true] }).verdict).toBe(
      'SLOW: shows progress',
    );
    expect(toRow({ ...base, kind: 'click', samples, progress: [true, false, true] }).verdict).toBe(
      'SLOW',
    );
  });

  it('prints one Markdown table with the columns asked for', () => {
    const table = formatTable([toRow({ ...base, kind: 'keystroke', samples: [12, 14, 300] })]);
    const [header, rule, row] = table.split('\n');
    expect(header?.split('|').map((c) => c.trim())).toEqual([
      '',
      'operation',
      'median ms',
      'p95 ms',
      'floor',
      'floor median ms',
      'ratio',
      'verdict',
      '',
    ]);
    expect(rule).toMatch(/^\|[-:|]+\|$/);
    expect(row).toContain('| SLOW (> 100 ms) |');
    expect(row).toContain('1.4×');
    expect(formatMs(0.0512)).toBe('0.051');
    expect(formatMs(1234.4)).toBe('1234');
  });
});

describe('the seeded generator', () => {
  it('splits a total in proportion, exactly', () => {
    expect(apportion(300, [1, 1, 1])).toEqual([100, 100, 100]);
    const parts = apportion(300, [0.7, 1.3, 0.9, 1.1]);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(300);
  });

  it('repeats itself for a seed and keeps forks independent of each other', () => {
    const a = new Prng('x');
    const b = new Prng('x');
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
    expect(new Prng('x').fork('people').next()).not.toBe(new Prng('x').fork('votes').next());
    const r = new Prng('ints');
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
  });
});

describe('the preview server', () => {
  it('refuses to start, saying what to do, when the app is not built', async () => {
    const { startPreview } = await import('../../tools/bench/server');
    await expect(startPreview('/nonexistent-two-feet', 5399, () => {})).rejects.toThrow(
      /out\/renderer\/index\.html is missing: build the app first/,
    );
  });
});
