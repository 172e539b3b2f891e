import { describe, expect, it } from 'vitest';
import { formatLongDate, isIsoDate, isTimeOfDay } from '../../../src-renderer/domain/dates';
import {
  checkText,
  hasControlCharacters,
  matchesQuery,
  searchWords,
} from '../../../src-renderer/domain/text';

describe('dates', () => {
  it('knows leap years and month lengths', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-06-31')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
  });

  it('checks times of day', () => {
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('9:00')).toBe(false);
  });

  it('formats dates the UK way', () => {
    expect(formatLongDate('2026-11-22')).toBe('Sunday 22 November 2026');
  });
});

describe('text', () => {
  it('finds control characters but allows tabs and line breaks', () => {
    expect(hasControlCharacters('a\tb\nc\r\n')).toBe(false);
    expect(hasControlCharacters('a\u0007b')).toBe(true);
    expect(hasControlCharacters('a\u007fb')).toBe(true);
  });

  it('refuses bidirectional overrides but keeps right-to-left text and marks', () => {
    expect(hasControlCharacters('Sam \u202Eeel')).toBe(true);
    expect(hasControlCharacters('a\u2066b\u2069')).toBe(true);
    expect(hasControlCharacters('مريم \u200F Leeds \u200E')).toBe(false);
  });

  it('treats whitespace-only text as empty when required', () => {
    expect(checkText(' \n ', { label: 'a name', required: true, max: 10 })).toBe('Enter a name.');
    expect(checkText('', { label: 'a note', required: false, max: 10 })).toBeUndefined();
  });

  it('builds search words from any script and matches prefixes', () => {
    const words = searchWords('Café Zürich, Leeds!', 'Ōsaka 2026');
    expect(words).toEqual(['café', 'zürich', 'leeds', 'ōsaka', '2026']);
    expect(matchesQuery(words, 'CAF le')).toBe(true);
    expect(matchesQuery(words, 'afe')).toBe(false);
    expect(matchesQuery(words, '  ')).toBe(true);
  });
});
