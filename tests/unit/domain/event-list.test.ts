import { describe, expect, it } from 'vitest';
import { emptyEventInput, type TaskforceEvent } from '../../../src-renderer/domain/event';
import { eventTiming, groupEvents } from '../../../src-renderer/domain/event-list';
import { searchWords } from '../../../src-renderer/domain/text';

function event(
  id: string,
  taskforceId: string,
  title: string,
  date: string,
  startTime = '10:00',
): TaskforceEvent {
  const input = {
    ...emptyEventInput(taskforceId),
    title,
    date,
    startTime,
    endTime: '16:00',
    venueName: 'Hall',
  };
  return {
    ...input,
    id,
    words: searchWords(title, 'Hall'),
    createdAt: '',
    updatedAt: '',
    version: 1,
  };
}

const taskforces = [
  { id: 'b', name: 'Older People & Cancer' },
  { id: 'a', name: 'LGBT & Cancer' },
];
const events = [
  event('1', 'a', 'Spring meeting', '2026-03-01'),
  event('2', 'a', 'Winter meeting', '2026-12-01'),
  event('3', 'a', 'Today afternoon', '2026-11-22', '14:00'),
  event('4', 'a', 'Today morning', '2026-11-22', '09:00'),
  event('5', 'b', 'Autumn meeting', '2025-10-01'),
  event('6', 'b', 'Summer meeting', '2026-07-01'),
];

describe('eventTiming', () => {
  it('tells upcoming, today and past apart', () => {
    expect(eventTiming('2026-11-23', '2026-11-22')).toBe('upcoming');
    expect(eventTiming('2026-11-22', '2026-11-22')).toBe('today');
    expect(eventTiming('2026-11-21', '2026-11-22')).toBe('past');
  });
});

describe('groupEvents', () => {
  const today = '2026-11-22';

  it('groups by taskforce in name order, upcoming soonest first, past most recent first', () => {
    const groups = groupEvents(taskforces, events, { query: '', today });
    expect(groups.map((g) => g.taskforce.id)).toEqual(['a', 'b']);
    expect(groups[0]?.upcoming.map((e) => e.id)).toEqual(['4', '3', '2']);
    expect(groups[0]?.past.map((e) => e.id)).toEqual(['1']);
    expect(groups[1]?.past.map((e) => e.id)).toEqual(['6', '5']);
  });

  it('keeps taskforces without events when not searching', () => {
    const groups = groupEvents([...taskforces, { id: 'c', name: 'Zeta' }], events, {
      query: '',
      today,
    });
    expect(groups.map((g) => g.taskforce.id)).toEqual(['a', 'b', 'c']);
  });

  it('searches by word prefix and hides taskforces with no match', () => {
    const groups = groupEvents(taskforces, events, { query: 'summ', today });
    expect(groups.map((g) => g.taskforce.id)).toEqual(['b']);
    expect(groups[0]?.past.map((e) => e.id)).toEqual(['6']);
  });

  it('needs every word of the query to match', () => {
    expect(
      groupEvents(taskforces, events, { query: 'today morn', today })[0]?.upcoming.map((e) => e.id),
    ).toEqual(['4']);
    expect(groupEvents(taskforces, events, { query: 'today winter', today })).toEqual([]);
  });
});
