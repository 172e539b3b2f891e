import { type CommandContext, createdMeta, nextMeta } from '../domain/record';
import {
  type Taskforce,
  type TaskforceField,
  type TaskforceInput,
  validateTaskforce,
} from '../domain/taskforce';
import { type CommandResult, NOT_FOUND, STALE_EDIT } from './command-result';
import type { TwoFeetDb } from './db';
import { newId } from './ids';

export async function createTaskforce(
  db: TwoFeetDb,
  input: TaskforceInput,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<Taskforce, TaskforceField>> {
  const checked = validateTaskforce(input);
  if (!checked.ok) return checked;
  const taskforce: Taskforce = { ...checked.value, ...createdMeta(id, ctx) };
  await db.taskforces.add(taskforce);
  return { ok: true, value: taskforce };
}

/** `expectedVersion` is the version the form was opened with; a newer one means a conflict. */
export async function updateTaskforce(
  db: TwoFeetDb,
  id: string,
  input: TaskforceInput,
  expectedVersion: number,
  ctx: CommandContext,
): Promise<CommandResult<Taskforce, TaskforceField>> {
  const checked = validateTaskforce(input);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.taskforces, async () => {
    const current = await db.taskforces.get(id);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.version !== expectedVersion) return { ok: false, conflict: STALE_EDIT };
    const updated: Taskforce = { ...checked.value, ...nextMeta(current, ctx) };
    await db.taskforces.put(updated);
    return { ok: true, value: updated };
  });
}

/** Deletes the taskforce and all its events in one transaction, leaving tombstones. */
export async function deleteTaskforce(
  db: TwoFeetDb,
  id: string,
  ctx: CommandContext,
): Promise<CommandResult<{ deletedEvents: number }>> {
  return db.transaction('rw', [db.taskforces, db.events, db.tombstones], async () => {
    if (!(await db.taskforces.get(id))) return { ok: false, conflict: NOT_FOUND };
    const eventIds = await db.events.where('taskforceId').equals(id).primaryKeys();
    const stone = (table: string) => (recordId: string) => ({
      id: recordId,
      table,
      deletedAt: ctx.now,
      deletedBy: ctx.actor,
    });
    await db.events.bulkDelete(eventIds);
    await db.taskforces.delete(id);
    await db.tombstones.bulkPut([...eventIds.map(stone('events')), stone('taskforces')(id)]);
    return { ok: true, value: { deletedEvents: eventIds.length } };
  });
}
