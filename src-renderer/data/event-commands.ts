import {
  type EventField,
  type EventInput,
  type TaskforceEvent,
  validateEvent,
} from '../domain/event';
import { type CommandContext, type RecordMeta, createdMeta, nextMeta } from '../domain/record';
import { searchWords } from '../domain/text';
import { type CommandResult, NOT_FOUND, STALE_EDIT } from './command-result';
import type { TwoFeetDb } from './db';
import { newId } from './ids';

const NO_TASKFORCE = 'That taskforce no longer exists. Choose another one.';

function withWords(input: EventInput): Omit<TaskforceEvent, keyof RecordMeta> {
  return { ...input, words: searchWords(input.title, input.venueName, input.venueAddress) };
}

export async function createEvent(
  db: TwoFeetDb,
  input: EventInput,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<TaskforceEvent, EventField>> {
  const checked = validateEvent(input);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.taskforces, db.events, async () => {
    if (!(await db.taskforces.get(checked.value.taskforceId))) {
      return { ok: false, errors: { taskforceId: NO_TASKFORCE } };
    }
    const event: TaskforceEvent = { ...withWords(checked.value), ...createdMeta(id, ctx) };
    await db.events.add(event);
    return { ok: true, value: event };
  });
}

export async function updateEvent(
  db: TwoFeetDb,
  id: string,
  input: EventInput,
  expectedVersion: number,
  ctx: CommandContext,
): Promise<CommandResult<TaskforceEvent, EventField>> {
  const checked = validateEvent(input);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.taskforces, db.events, async () => {
    const current = await db.events.get(id);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.version !== expectedVersion) return { ok: false, conflict: STALE_EDIT };
    if (!(await db.taskforces.get(checked.value.taskforceId))) {
      return { ok: false, errors: { taskforceId: NO_TASKFORCE } };
    }
    const updated: TaskforceEvent = { ...withWords(checked.value), ...nextMeta(current, ctx) };
    await db.events.put(updated);
    return { ok: true, value: updated };
  });
}

export async function deleteEvent(
  db: TwoFeetDb,
  id: string,
  ctx: CommandContext,
): Promise<CommandResult<null>> {
  return db.transaction('rw', db.events, db.tombstones, async () => {
    if (!(await db.events.get(id))) return { ok: false, conflict: NOT_FOUND };
    await db.events.delete(id);
    await db.tombstones.put({ id, table: 'events', deletedAt: ctx.now, deletedBy: ctx.actor });
    return { ok: true, value: null };
  });
}
