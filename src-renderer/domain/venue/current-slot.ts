import { localDate } from '../dates';
import type { Slot } from '../board/grid';
import { minutesOf } from '../board/grid';

export interface SlotNow {
  slot: Slot;
  /** "now": the clock is inside it; "next": the next one today. */
  when: 'now' | 'next';
}

/**
 * The slot the room is in by the clock: on the day of the event, the slot running now, or else
 * the next one to start. Nothing before or after the event's day, or once the last slot is over.
 * `slots` are in time order (slotsInOrder).
 */
export function slotNow(slots: readonly Slot[], eventDate: string, now: Date): SlotNow | undefined {
  if (localDate(now) !== eventDate) return undefined;
  const minute = now.getHours() * 60 + now.getMinutes();
  const running = slots.find(
    (slot) => minutesOf(slot.start) <= minute && minute < minutesOf(slot.end),
  );
  if (running) return { slot: running, when: 'now' };
  const next = slots.find((slot) => minutesOf(slot.start) > minute);
  return next ? { slot: next, when: 'next' } : undefined;
}
