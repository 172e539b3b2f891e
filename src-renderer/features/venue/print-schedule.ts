import { loadBoard } from '../../data/board-commands';
import type { TwoFeetDb } from '../../data/db';
import { buildSchedule } from '../../domain/board/schedule';
import { FILE_TYPES, safeFileName } from '../../exports/file-types';
import type { Platform, SaveOutcome } from '../../platform/platform';

/** Reads the board as it is now, makes the wall schedule and offers it to save. */
export async function printSchedule(
  db: TwoFeetDb,
  platform: Platform,
  eventId: string,
): Promise<SaveOutcome> {
  const [event, board] = await Promise.all([db.events.get(eventId), loadBoard(db, eventId)]);
  if (!event || !board) return { saved: false, error: 'This event no longer exists.' };
  const { makeSchedulePdf } = await import('../../exports/schedule-pdf');
  const { state, personName } = board;
  const data = await makeSchedulePdf(
    event,
    buildSchedule(state, personName),
    (spaceId) => state.spaces[spaceId]?.notes ?? '',
  );
  return platform.saveFile({
    suggestedName: `${safeFileName('schedule', event.title)}.pdf`,
    type: FILE_TYPES.pdf,
    data,
  });
}
