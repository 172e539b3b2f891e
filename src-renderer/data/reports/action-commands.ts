import type {
  ActionUpdate,
  ActionUpdateField,
  ActionUpdateInput,
} from '../../domain/reports/action-update';
import { actionUpdate, validateActionUpdate } from '../../domain/reports/action-update';
import { groupRecordId } from '../../domain/board/group-record';
import type { CommandContext } from '../../domain/record';
import { appendAudit } from '../audit';
import type { CommandResult } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';

/**
 * Marks a group's action done, with what changed: "you said, we did". Append-only — marking it
 * again adds a newer update and keeps the old one. The group record is read in the same
 * transaction, so an action edited away in another window is refused, and nothing is written.
 */
export async function markActionDone(
  db: TwoFeetDb,
  input: ActionUpdateInput,
  ctx: CommandContext,
  id: string = newId(),
  auditId: string = newId(),
): Promise<CommandResult<ActionUpdate, ActionUpdateField>> {
  return db.transaction('rw', [db.boardGroupRecords, db.actionUpdates, db.auditLog], async () => {
    const record = await db.boardGroupRecords.get(groupRecordId(input.topicId));
    const checked = validateActionUpdate(input, record);
    if (!checked.ok) return checked;
    const update = actionUpdate(checked.value, id, ctx);
    await db.actionUpdates.add(update);
    await appendAudit(db, ctx, {
      id: auditId,
      action: 'action-marked-done',
      summary: 'Marked an action from a group’s notes as done, with what changed.',
      subject: { table: 'actionUpdates', id: update.id },
    });
    return { ok: true, value: update };
  });
}
