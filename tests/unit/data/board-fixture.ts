/** A board with a grid, topics and checked-in people, shared by the board data tests. */
import { runBoardCommand } from '../../../src-renderer/data/board-commands';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { createEvent } from '../../../src-renderer/data/event-commands';
import { createTaskforce } from '../../../src-renderer/data/taskforce-commands';
import type { BoardCommand, BoardContext } from '../../../src-renderer/domain/board/commands';
import { fingerprint } from '../../../src-renderer/domain/board/state';
import { emptyEventInput } from '../../../src-renderer/domain/event';
import {
  emptyAccessNeeds,
  emptyPersonInput,
  personRecord,
} from '../../../src-renderer/domain/people/person';
import { emptyTaskforceInput } from '../../../src-renderer/domain/taskforce';
import { ctx, freshDb } from './fresh-db';

export const EV = 'ev-1';
let ids = 0;
export const bctx = (now = '2026-11-22T10:00:00.000Z'): BoardContext => ({
  ...ctx(now),
  newId: () => `m-${++ids}`,
});

export const cell = (slotId: string, spaceId: string) => ({ slotId, spaceId });
export const space = (name: string, stepFree = true) => ({
  name,
  capacity: 2,
  accessibility: { stepFree, hearingLoop: false, quiet: false },
  notes: '',
});
export const topic = (title: string, personId?: string) => ({
  title,
  description: '',
  tags: [],
  conveners: [
    personId ? { kind: 'person' as const, personId } : { kind: 'name' as const, name: 'Ana' },
  ],
});

export async function run(db: TwoFeetDb, command: BoardCommand) {
  const result = await runBoardCommand(db, EV, command, bctx());
  if (!result.ok) throw new Error(result.reason);
  return result;
}

export async function addPerson(
  db: TwoFeetDb,
  id: string,
  name: string,
  stepFree = false,
  health = false,
) {
  const input = { ...emptyPersonInput(), name, access: { ...emptyAccessNeeds(), stepFree } };
  const meta = {
    id,
    createdAt: '2026-11-22T09:00:00.000Z',
    updatedAt: '2026-11-22T09:00:00.000Z',
    version: 1,
  };
  await db.people.add(personRecord(input, meta));
  await db.attendance.add({
    ...meta,
    id: `a-${id}`,
    eventId: EV,
    personId: id,
    status: 'checked-in',
    walkIn: true,
  });
  if (!health) return;
  await db.consentRecords.add({
    ...meta,
    id: `c-${id}`,
    personId: id,
    purpose: 'health',
    decision: 'granted',
    formId: 'f',
    formVersion: 1,
    wording: 'Health data',
    method: 'paper',
    recordedBy: 'Sam',
    at: meta.createdAt,
  });
}

/** A 2 × 2 grid (10:00 and 11:00 × Garden room and Hall), three queued topics, two people. */
export async function boardDb(): Promise<TwoFeetDb> {
  const db = freshDb();
  await createTaskforce(
    db,
    { ...emptyTaskforceInput(), name: 'Cancer', theme: 'LGBT' },
    ctx(),
    'tf-1',
  );
  await createEvent(
    db,
    { ...emptyEventInput('tf-1'), title: 'Spring', date: '2026-04-18', venueName: 'Hall' },
    ctx(),
    EV,
  );
  await addPerson(db, 'p-1', 'Zed Step', true, true);
  await addPerson(db, 'p-2', 'Amy Noconsent', true, false);
  for (const command of [
    {
      type: 'slot.add',
      slotId: 's1',
      input: { label: '', start: '10:00', end: '11:00', kind: 'session' },
    },
    {
      type: 'slot.add',
      slotId: 's2',
      input: { label: '', start: '11:00', end: '12:00', kind: 'session' },
    },
    { type: 'space.add', spaceId: 'garden', input: space('Garden room', false) },
    { type: 'space.add', spaceId: 'hall', input: space('Hall') },
    { type: 'topic.add', topicId: 't1', input: topic('Access to GPs', 'p-1') },
    { type: 'topic.add', topicId: 't2', input: topic('Screening', 'p-1') },
    { type: 'topic.add', topicId: 't3', input: topic('Peer support') },
  ] satisfies BoardCommand[])
    await run(db, command);
  return db;
}

/** The six board tables as the facilitator sees them: contents without meta, no empty cells. */
export async function boardRows(db: TwoFeetDb) {
  const prints = async (rows: Promise<object[]>) =>
    Object.fromEntries((await rows).map((r) => [(r as { id: string }).id, fingerprint(r)]));
  return {
    topics: await prints(db.boardTopics.toArray()),
    slots: await prints(db.boardSlots.toArray()),
    spaces: await prints(db.boardSpaces.toArray()),
    cells: await prints(db.boardCells.filter((c) => c.topicId !== null || c.pinned).toArray()),
    groupRecords: await prints(db.boardGroupRecords.toArray()),
  };
}
