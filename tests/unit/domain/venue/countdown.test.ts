import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../../src-renderer/domain/board/grid';
import {
  clockText,
  countdownAnnouncement,
  countdownView,
} from '../../../../src-renderer/domain/venue/countdown';
import { slotNow } from '../../../../src-renderer/domain/venue/current-slot';
import { MINUTE_MS } from '../../../../src-renderer/domain/venue/timer';

const T0 = Date.parse('2026-11-22T10:00:00.000Z');
const running = {
  durationMs: 5 * MINUTE_MS,
  startedAt: '2026-11-22T10:00:00.000Z',
  remainingWhenPausedMs: 5 * MINUTE_MS,
};

describe('the countdown clock', () => {
  it('shows whole seconds rounded up, and hours when there are any', () => {
    expect(clockText(299)).toBe('4:59');
    expect(clockText(3723)).toBe('1:02:03');
    expect(countdownView(running, T0 + 500).clock).toBe('5:00');
    expect(countdownView(running, T0 + 1000).clock).toBe('4:59');
  });

  it('shows 0:00 and how far over once time is up', () => {
    expect(countdownView(running, T0 + 5 * MINUTE_MS)).toMatchObject({
      clock: '0:00',
      overBy: '0:00',
      status: 'over',
    });
    expect(countdownView(running, T0 + 6 * MINUTE_MS + 45_000)).toMatchObject({
      clock: '0:00',
      overBy: '1:45',
    });
    expect(countdownView(running, T0).overBy).toBe('');
  });
});

describe('what screen readers hear', () => {
  it('changes only at whole minutes', () => {
    const said = new Set<string>();
    for (let s = 0; s < 5 * 60; s += 1) said.add(countdownAnnouncement(running, T0 + s * 1000));
    expect([...said]).toEqual([
      '5 minutes left.',
      '4 minutes left.',
      '3 minutes left.',
      '2 minutes left.',
      '1 minute left.',
    ]);
  });

  it('says when it is set, paused and over', () => {
    const ready = { ...running, startedAt: null };
    expect(countdownAnnouncement(ready, T0)).toBe('Timer set for 5 minutes.');
    const paused = { ...ready, remainingWhenPausedMs: 90_000 };
    expect(countdownAnnouncement(paused, T0)).toBe('Timer paused with 2 minutes left.');
    expect(countdownAnnouncement(running, T0 + 5 * MINUTE_MS + 30_000)).toBe("Time's up.");
    expect(countdownAnnouncement(running, T0 + 7 * MINUTE_MS)).toBe(
      "Time's up. Over by 2 minutes.",
    );
  });
});

describe('the slot the room is in', () => {
  const slot = (id: string, start: string, end: string): Slot => ({
    id,
    eventId: 'ev-1',
    label: '',
    start,
    end,
    kind: 'session',
    createdAt: '',
    updatedAt: '',
    version: 1,
  });
  const slots = [slot('a', '10:00', '11:00'), slot('b', '11:15', '12:00')];
  const local = (time: string) => new Date(`2026-11-22T${time}:00`);

  it('is the slot running now on the day', () => {
    expect(slotNow(slots, '2026-11-22', local('10:30'))).toEqual({ slot: slots[0], when: 'now' });
    expect(slotNow(slots, '2026-11-22', local('11:00'))).toEqual({ slot: slots[1], when: 'next' });
    expect(slotNow(slots, '2026-11-22', local('09:00'))?.slot.id).toBe('a');
  });

  it('is none after the last slot, or on another day', () => {
    expect(slotNow(slots, '2026-11-22', local('12:00'))).toBeUndefined();
    expect(slotNow(slots, '2026-11-23', local('10:30'))).toBeUndefined();
  });
});
