import { describe, expect, it } from 'vitest';
import { BADGE, badgeSlot, badgeText } from '../../../src-renderer/exports/badges-pdf';
import { PAGE } from '../../../src-renderer/exports/pdf';
import {
  WALK_IN_ROWS,
  nameAsPreferred,
  signInRows,
  surname,
} from '../../../src-renderer/exports/sign-in-sheet-pdf';

const person = (id: string, name: string, preferredName = '', pronouns = '') => ({
  id,
  name,
  preferredName,
  pronouns,
});

describe('badge layout', () => {
  it('puts eight badges on a page, left to right then down, all inside the A4 page', () => {
    const slots = Array.from({ length: 9 }, (_, i) => badgeSlot(i));
    expect(slots.slice(0, 8).every((s) => s.page === 0)).toBe(true);
    expect(slots[8]).toEqual({ ...slots[0], page: 1 });
    expect(slots[1]?.x).toBe((slots[0]?.x ?? 0) + BADGE.width);
    expect(slots[2]?.y).toBe((slots[0]?.y ?? 0) + BADGE.height);
    for (const slot of slots) {
      expect(slot.x).toBeGreaterThanOrEqual(0);
      expect(slot.x + BADGE.width).toBeLessThanOrEqual(PAGE.width);
      expect(slot.y + BADGE.height).toBeLessThanOrEqual(PAGE.height - 10);
    }
  });

  it('shows the preferred name large, and the full name only when it differs', () => {
    expect(badgeText(person('1', 'Łukasz Nowak', 'Luke', 'he/him'))).toEqual({
      main: 'Luke',
      fullName: 'Łukasz Nowak',
      pronouns: 'he/him',
    });
    expect(badgeText(person('2', 'Sam Jones', ' Sam Jones '))).toEqual({ main: 'Sam Jones' });
  });
});

describe('sign-in sheet rows', () => {
  it('sorts by surname, shows the name they prefer and the arrival time, then blank rows', () => {
    const rows = signInRows([
      { person: person('a', 'Zoë Adams'), arrived: '' },
      { person: person('b', 'Amir Zaman', 'Am', 'he/him'), arrived: '10:42' },
      { person: person('c', 'Nguyễn Văn An'), arrived: '' },
    ]);
    expect(rows.slice(0, 3)).toEqual([
      ['1', 'Zoë Adams', '', '', ''],
      ['2', 'Nguyễn Văn An', '', '', ''],
      ['3', 'Am (Amir Zaman)', 'he/him', '', '10:42'],
    ]);
    expect(rows).toHaveLength(3 + WALK_IN_ROWS);
    expect(rows.slice(3).every((row) => row.slice(1).every((cell) => cell === ''))).toBe(true);
  });

  it('takes the surname as the last word of the name', () => {
    expect(surname('  Mary  Ann Smith ')).toBe('Smith');
    expect(nameAsPreferred(person('x', 'Mary Smith', 'Mary Smith'))).toBe('Mary Smith');
  });
});
