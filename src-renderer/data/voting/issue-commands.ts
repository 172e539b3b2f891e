import type { CommandContext } from '../../domain/record';
import type { Issue, IssueField, IssueInput, IssueStatus } from '../../domain/voting/issues';
import {
  createIssue,
  mergeIssues,
  promoteGroupOutcome,
  promoteTopic,
  setIssueStatus,
} from '../../domain/voting/issues';
import { type CommandResult, NOT_FOUND, STALE_EDIT } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';

const TASKFORCE_GONE = 'That taskforce no longer exists.';
const SOURCE_GONE = 'That topic or group is no longer on the board.';
const OTHER_TASKFORCE = 'That meeting belongs to another taskforce.';

/** A new issue typed in by the facilitator. */
export async function addIssue(
  db: TwoFeetDb,
  input: IssueInput,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<Issue, IssueField>> {
  return db.transaction('rw', db.taskforces, db.issues, async () => {
    if (!(await db.taskforces.get(input.taskforceId))) {
      return { ok: false, errors: { taskforceId: TASKFORCE_GONE } };
    }
    const existing = await db.issues.where('taskforceId').equals(input.taskforceId).toArray();
    const created = createIssue(input, existing, id, ctx);
    if (!created.ok) return created;
    await db.issues.add(created.value);
    return { ok: true, value: created.value };
  });
}

export type PromoteSource =
  { kind: 'topic'; topicId: string } | { kind: 'group-outcome'; groupRecordId: string };

/** Puts a board topic, or what a group concluded, on the taskforce's issue list. */
export async function promoteToIssue(
  db: TwoFeetDb,
  taskforceId: string,
  source: PromoteSource,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<Issue, IssueField>> {
  const tables = [db.taskforces, db.events, db.boardTopics, db.boardGroupRecords, db.issues];
  return db.transaction('rw', tables, async () => {
    if (!(await db.taskforces.get(taskforceId))) {
      return { ok: false, errors: { taskforceId: TASKFORCE_GONE } };
    }
    const existing = await db.issues.where('taskforceId').equals(taskforceId).toArray();
    const record =
      source.kind === 'group-outcome'
        ? await db.boardGroupRecords.get(source.groupRecordId)
        : undefined;
    const topic = await db.boardTopics.get(
      source.kind === 'topic' ? source.topicId : (record?.topicId ?? ''),
    );
    if (!topic || (source.kind === 'group-outcome' && !record)) {
      return { ok: false, errors: { source: SOURCE_GONE } };
    }
    const event = await db.events.get(topic.eventId);
    if (event?.taskforceId !== taskforceId)
      return { ok: false, errors: { source: OTHER_TASKFORCE } };
    const ref = { id: topic.id, title: topic.title, description: topic.description };
    const created = record
      ? promoteGroupOutcome(
          { groupId: record.id, title: topic.title, keyPoints: record.keyPoints },
          topic.eventId,
          taskforceId,
          existing,
          id,
          ctx,
        )
      : promoteTopic(ref, topic.eventId, taskforceId, existing, id, ctx);
    if (!created.ok) return created;
    await db.issues.add(created.value);
    return { ok: true, value: created.value };
  });
}

/** Folds one issue into another; both records stay (see domain/voting/issues.ts). */
export async function mergeIssue(
  db: TwoFeetDb,
  survivorId: string,
  absorbedId: string,
  ctx: CommandContext,
): Promise<CommandResult<Issue, 'merge'>> {
  return db.transaction('rw', db.issues, async () => {
    const [survivor, absorbed] = await db.issues.bulkGet([survivorId, absorbedId]);
    if (!survivor || !absorbed) return { ok: false, conflict: NOT_FOUND };
    const merged = mergeIssues(survivor, absorbed, ctx);
    if (!merged.ok) return merged;
    await db.issues.bulkPut([merged.value.survivor, merged.value.absorbed]);
    return { ok: true, value: merged.value.survivor };
  });
}

/** Agree as a line of enquiry, reopen, or close. */
export async function changeIssueStatus(
  db: TwoFeetDb,
  issueId: string,
  status: Exclude<IssueStatus, 'merged'>,
  expectedVersion: number,
  ctx: CommandContext,
): Promise<CommandResult<Issue, 'status'>> {
  return db.transaction('rw', db.issues, async () => {
    const issue = await db.issues.get(issueId);
    if (!issue) return { ok: false, conflict: NOT_FOUND };
    if (issue.version !== expectedVersion) return { ok: false, conflict: STALE_EDIT };
    const changed = setIssueStatus(issue, status, ctx);
    if (!changed.ok) return changed;
    await db.issues.put(changed.value);
    return { ok: true, value: changed.value };
  });
}
