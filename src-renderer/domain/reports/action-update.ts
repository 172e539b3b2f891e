import { isIsoDate } from '../dates';
import { compareIds, compareInstants } from '../people/instants';
import type { CommandContext, RecordMeta } from '../record';
import { createdMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import type { GroupRecord } from '../board/group-record';

/**
 * "You said, we did": an action a group agreed, marked done with what changed. Append-only:
 * marking it again adds a record, and the latest one is what the report shows, so the history
 * of what was said about an action is never lost and two laptops can both add one.
 *
 * An action is known by its group (the topic) and its wording, not its position in the list,
 * so that reordering a group's actions cannot move a "done" to the wrong one.
 */
export interface ActionUpdateInput {
  eventId: string;
  topicId: string;
  /** The action's "what", exactly as the group record holds it. */
  action: string;
  /** "YYYY-MM-DD" */
  doneOn: string;
  /** What changed because of it, in plain words: the "we did" of the report. */
  whatChanged: string;
}

export interface ActionUpdate extends ActionUpdateInput, RecordMeta {
  recordedBy: string;
}

export type ActionUpdateField = keyof ActionUpdateInput;

export const NO_SUCH_ACTION =
  'This action is no longer in the group’s notes. It may have been changed in another window.';

/** Checks the input against the group record it belongs to (undefined when that has gone). */
export function validateActionUpdate(
  input: ActionUpdateInput,
  record: GroupRecord | undefined,
): Validated<ActionUpdateInput, ActionUpdateField> {
  const known =
    record !== undefined &&
    record.eventId === input.eventId &&
    record.topicId === input.topicId &&
    record.actions.some((a) => a.what === input.action);
  const errors: FieldErrors<ActionUpdateField> = {
    action: known ? undefined : NO_SUCH_ACTION,
    doneOn: isIsoDate(input.doneOn)
      ? undefined
      : 'Enter the date it was done, for example 14/03/2026.',
    whatChanged: checkText(input.whatChanged, {
      label: 'what changed',
      required: true,
      max: LIMITS.longText,
    }),
  };
  if (hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: { ...input, whatChanged: input.whatChanged.trim() } };
}

export function actionUpdate(
  input: ActionUpdateInput,
  id: string,
  ctx: CommandContext,
): ActionUpdate {
  return { ...createdMeta(id, ctx), ...input, recordedBy: ctx.actor };
}

export function actionKey(topicId: string, action: string): string {
  return `${topicId}|${action}`;
}

/** The latest update of each action, keyed by actionKey(topicId, action). */
export function latestUpdates(updates: readonly ActionUpdate[]): Map<string, ActionUpdate> {
  const latest = new Map<string, ActionUpdate>();
  for (const update of updates) {
    const key = actionKey(update.topicId, update.action);
    const current = latest.get(key);
    if (
      !current ||
      (compareInstants(update.createdAt, current.createdAt) || compareIds(update.id, current.id)) >
        0
    )
      latest.set(key, update);
  }
  return latest;
}
