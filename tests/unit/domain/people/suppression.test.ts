import { describe, expect, it } from 'vitest';
import type { ShownCell } from '../../../../src-renderer/domain/people/suppression';
import {
  cellLabel,
  shareLabel,
  suppressSmallCounts,
} from '../../../../src-renderer/domain/people/suppression';

const table = (...counts: number[]) => counts.map((count, i) => ({ key: `c${i}`, count }));
const shown = (cells: ShownCell[]) => cells.map((c) => (c.suppressed ? c.reason : c.count));

/**
 * Brute force: every table of counts consistent with what is shown (hidden "small" cells 1–4,
 * hidden "secondary" cells 5 or more, adding up to the total). A hidden cell is recoverable when
 * it has the same value in all of them.
 */
function recoverable(cells: ShownCell[], total: number): boolean {
  const hidden = cells.filter((c) => c.suppressed);
  const visibleSum = cells.reduce((s, c) => s + (c.suppressed ? 0 : c.count), 0);
  const remaining = total - visibleSum;
  const solutions: number[][] = [];
  const walk = (index: number, left: number, chosen: number[]) => {
    if (index === hidden.length) {
      if (left === 0) solutions.push(chosen);
      return;
    }
    const cell = hidden[index] as ShownCell;
    const [low, high] = cell.suppressed && cell.reason === 'small' ? [1, 4] : [5, left];
    for (let v = low; v <= Math.min(high, left); v++) walk(index + 1, left - v, [...chosen, v]);
  };
  walk(0, remaining, []);
  return hidden.some((_, i) => new Set(solutions.map((s) => s[i])).size === 1);
}

describe('small-count suppression', () => {
  it('(the checker itself spots a recoverable table)', () => {
    const naive: ShownCell[] = [
      { key: 'a', suppressed: true, reason: 'small' },
      { key: 'b', suppressed: false, count: 6 },
      { key: 'c', suppressed: false, count: 10 },
    ];
    expect(recoverable(naive, 19)).toBe(true);
  });

  it('shows a table with no small counts as it is, zeros included', () => {
    const result = suppressSmallCounts(table(12, 0, 7));
    expect(shown(result.cells)).toEqual([12, 0, 7]);
    expect(result.total).toBe(19);
    expect(result.withheld).toBe(false);
  });

  it('hides counts of 1 to 4 and shows 5', () => {
    const result = suppressSmallCounts(table(4, 5, 3, 20));
    expect(shown(result.cells)).toEqual(['small', 5, 'small', 20]);
    expect(cellLabel(result.cells[0] as ShownCell)).toBe('fewer than 5');
  });

  it('hides a second count when one small count could be worked out from the total', () => {
    // 3 + 6 + 10 = 19: with only the 3 hidden, 19 − 6 − 10 gives it away.
    const result = suppressSmallCounts(table(3, 6, 10));
    expect(shown(result.cells)).toEqual(['small', 'secondary', 10]);
    expect(cellLabel(result.cells[1] as ShownCell)).toBe('hidden');
    expect(recoverable(result.cells, result.total)).toBe(false);
  });

  it('hides more when two hidden cells could only both be 1', () => {
    const result = suppressSmallCounts(table(1, 1, 9, 12));
    expect(shown(result.cells)).toEqual(['small', 'small', 'secondary', 12]);
    expect(recoverable(result.cells, result.total)).toBe(false);
  });

  it('keeps going until no hidden cell can be pinned down', () => {
    // With 1 and 5 hidden, the total leaves 6 = 1 + 5, the only way: hide the 7 too.
    const result = suppressSmallCounts(table(1, 5, 7, 30));
    expect(shown(result.cells)).toEqual(['small', 'secondary', 'secondary', 30]);
    expect(recoverable(result.cells, result.total)).toBe(false);
  });

  it('withholds a table too small to break down at all', () => {
    for (const counts of [
      [3, 0, 0],
      [4, 4],
      [1, 1, 1],
    ]) {
      const result = suppressSmallCounts(table(...counts));
      expect(result.withheld).toBe(true);
      expect(result.cells.every((c) => c.suppressed && c.reason === 'withheld')).toBe(true);
    }
  });

  it('does not withhold two small cells that could still be 1 + 3, 2 + 2 or 3 + 1', () => {
    const result = suppressSmallCounts(table(2, 2, 0));
    expect(result.withheld).toBe(false);
    expect(shown(result.cells)).toEqual(['small', 'small', 0]);
    expect(recoverable(result.cells, result.total)).toBe(false);
  });

  it('never carries a hidden count, so nothing downstream can print it', () => {
    const result = suppressSmallCounts(table(2, 8, 9));
    expect(JSON.stringify(result.cells[0])).not.toMatch(/"count"/);
  });

  it('leaves nothing recoverable across many tables', () => {
    let checked = 0;
    for (let a = 0; a <= 7; a++) {
      for (let b = 0; b <= 7; b++) {
        for (let c = 0; c <= 9; c++) {
          const result = suppressSmallCounts(table(a, b, c, 6));
          if (result.withheld) continue;
          for (const [i, cell] of result.cells.entries()) {
            const count = [a, b, c, 6][i] as number;
            if (count > 0 && count < 5) expect(cell.suppressed).toBe(true);
          }
          expect(recoverable(result.cells, result.total)).toBe(false);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('takes another threshold', () => {
    expect(shown(suppressSmallCounts(table(8, 10, 20), 10).cells)).toEqual([
      'small',
      'secondary',
      20,
    ]);
    expect(cellLabel({ key: 'x', suppressed: true, reason: 'small' }, 10)).toBe('fewer than 10');
  });

  it('gives shares of the total, hiding them where the count is hidden', () => {
    const result = suppressSmallCounts(table(2, 9, 9, 20));
    expect(result.cells.map((c) => shareLabel(c, result.total))).toEqual([
      'fewer than 5',
      'hidden',
      '23%',
      '50%',
    ]);
  });
});
