import { describe, expect, it } from 'vitest';
import { BADGE, badgeSlot, badgeText } from '../../../src-renderer/exports/badges-pdf';
import { PAGE } from '../../../src-renderer/exports/pdf';
import {
  WALK_IN_ROWS,
  byShownSurname,
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

  it('shows only the name they go by, never the legal name beside it', () => {
    const luke = badgeText(person('1', 'Łukasz Nowak', 'Luke', 'he/him'));
    expect(luke).toEqual({ main: 'Luke', pronouns: 'he/him' });
    expect(JSON.stringify(luke)).not.toContain('Łukasz');
    expect(JSON.stringify(luke)).not.toContain('Nowak');
    expect(badgeText(person('2', 'Sam Jones', ' Sam Jones '))).toEqual({ main: 'Sam Jones' });
    expect(badgeText(person('3', 'Amara Okafor'))).toEqual({ main: 'Amara Okafor' });
  });
});

describe('sign-in sheet rows', () => {
  it('sorts by the surname shown, shows only the name they go by and the arrival time, then blank rows', () => {
    const rows = signInRows([
      { person: person('a', 'Zoë Adams'), status: 'registered', arrived: '' },
      {
        person: person('b', 'Amir Zaman', 'Am Zed', 'he/him'),
        status: 'checked-in',
        arrived: '10:42',
      },
      { person: person('c', 'Nguyễn Văn An'), status: 'registered', arrived: '' },
    ]);
    expect(rows.slice(0, 3)).toEqual([
      ['1', 'Zoë Adams', '', '', ''],
      ['2', 'Nguyễn Văn An', '', '', ''],
      ['3', 'Am Zed', 'he/him', '', '10:42'],
    ]);
    expect(rows).toHaveLength(3 + WALK_IN_ROWS);
    expect(rows.slice(3).every((row) => row.slice(1).every((cell) => cell === ''))).toBe(true);
    expect(rows.flat().join(' ')).not.toContain('Amir Zaman');
  });

  it('leaves out people who were only invited: the sheet goes round the room', () => {
    const rows = signInRows([
      { person: person('a', 'Łukasz Nowak', 'Luke'), status: 'registered', arrived: '' },
      { person: person('b', 'Sam Jones'), status: 'invited', arrived: '' },
      { person: person('c', 'Amara Okafor'), status: 'checked-in', arrived: '10:05' },
    ]);
    const names = rows.map((row) => row[1]).filter(Boolean);
    expect(names).toEqual(['Luke', 'Amara Okafor']);
    expect(rows).toHaveLength(2 + WALK_IN_ROWS);
    expect(rows.flat().join(' ')).not.toMatch(/Sam Jones|Łukasz|Nowak/);
  });

  it('takes the surname as the last word of the name', () => {
    expect(surname('  Mary  Ann Smith ')).toBe('Smith');
    expect(byShownSurname(person('x', 'Ann Brown', 'Ann Zed'), person('y', 'Bob Young'))).toBe(1);
  });
});
