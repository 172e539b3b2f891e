import type { CommandContext, RecordMeta } from '../record';
import { createdMeta, nextMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import type { GroupOutcomeRef, TopicRef } from './proposal';
import { quoted } from './wording';

/**
 * A taskforce's issue list: what it finds and prioritises over three to five meetings, until
 * some issues are agreed as its lines of enquiry.
 */
export const ISSUE_STATUSES = ['open', 'merged', 'line-of-enquiry', 'closed'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  open: 'Open',
  merged: 'Merged',
  'line-of-enquiry': 'Line of enquiry',
  closed: 'Closed',
};

/** Where an issue came from; a merged issue keeps the sources of both. */
export type IssueSource =
  | { kind: 'topic'; topicId: string; eventId: string }
  | { kind: 'group-outcome'; groupId: string; eventId: string }
  | { kind: 'free-text' };

export interface IssueInput {
  taskforceId: string;
  title: string;
  description: string;
  source: IssueSource;
}

export interface Issue extends RecordMeta {
  taskforceId: string;
  title: string;
  description: string;
  /** The first is where it started; merges append the absorbed issue's sources. */
  sources: IssueSource[];
  status: IssueStatus;
  /** Set when status is "merged": the issue that absorbed this one. */
  mergedInto?: string;
  /** When it was agreed as a line of enquiry. */
  agreedAt?: string;
}

export type IssueField = keyof IssueInput;

export function validateIssue(input: IssueInput): Validated<IssueInput, IssueField> {
  const errors: FieldErrors<IssueField> = {
    taskforceId:
      input.taskforceId === '' ? 'Choose the taskforce this issue belongs to.' : undefined,
    title: checkText(input.title, { label: 'a title', required: true, max: LIMITS.shortText }),
    description: checkText(input.description, {
      label: 'the description',
      required: false,
      max: LIMITS.longText,
    }),
  };
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: { ...input, title: input.title.trim(), description: input.description.trim() },
  };
}

/**
 * Adds an issue to the list. A topic or group outcome can be promoted only once per taskforce,
 * including into an issue since merged, so that its dots are never split between two lines.
 */
export function createIssue(
  input: IssueInput,
  existing: readonly Issue[],
  id: string,
  ctx: CommandContext,
): Validated<Issue, IssueField> {
  const checked = validateIssue(input);
  if (!checked.ok) return checked;
  const { taskforceId, title, description, source } = checked.value;
  const already = existing.find(
    (issue) =>
      issue.taskforceId === taskforceId && issue.sources.some((s) => sameSource(s, source)),
  );
  if (already) {
    return {
      ok: false,
      errors: { source: `This is already on the issue list as ${quoted(already.title)}.` },
    };
  }
  return {
    ok: true,
    value: {
      ...createdMeta(id, ctx),
      taskforceId,
      title,
      description,
      sources: [{ ...source }],
      status: 'open',
    },
  };
}

export function promoteTopic(
  topic: TopicRef,
  eventId: string,
  taskforceId: string,
  existing: readonly Issue[],
  id: string,
  ctx: CommandContext,
): Validated<Issue, IssueField> {
  const source: IssueSource = { kind: 'topic', topicId: topic.id, eventId };
  return createIssue(
    { taskforceId, title: topic.title, description: topic.description, source },
    existing,
    id,
    ctx,
  );
}

export function promoteGroupOutcome(
  outcome: GroupOutcomeRef,
  eventId: string,
  taskforceId: string,
  existing: readonly Issue[],
  id: string,
  ctx: CommandContext,
): Validated<Issue, IssueField> {
  const source: IssueSource = { kind: 'group-outcome', groupId: outcome.groupId, eventId };
  const description = outcome.keyPoints
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n');
  return createIssue({ taskforceId, title: outcome.title, description, source }, existing, id, ctx);
}

export function sameSource(a: IssueSource, b: IssueSource): boolean {
  if (a.kind === 'topic' && b.kind === 'topic') return a.topicId === b.topicId;
  if (a.kind === 'group-outcome' && b.kind === 'group-outcome') return a.groupId === b.groupId;
  // Free text has no identity to compare: two free-text issues are never the same source.
  return false;
}

const ACTIVE: readonly IssueStatus[] = ['open', 'line-of-enquiry'];

/**
 * Folds `absorbed` into `survivor`. Both records are kept: the absorbed one is marked merged
 * and points at the survivor, so that dots once given to it count for the survivor (see
 * priorities.ts) and its wording stays readable. If either was already agreed as a line of
 * enquiry, the survivor is one too: a merge must not quietly undo an agreement.
 */
export function mergeIssues(
  survivor: Issue,
  absorbed: Issue,
  ctx: CommandContext,
): Validated<{ survivor: Issue; absorbed: Issue }, 'merge'> {
  const fail = (message: string): Validated<{ survivor: Issue; absorbed: Issue }, 'merge'> => ({
    ok: false,
    errors: { merge: message },
  });
  if (survivor.id === absorbed.id) return fail('Choose two different issues to merge.');
  if (survivor.taskforceId !== absorbed.taskforceId)
    return fail('Only issues of the same taskforce can be merged.');
  if (!ACTIVE.includes(survivor.status) || !ACTIVE.includes(absorbed.status)) {
    return fail('Only open issues and lines of enquiry can be merged.');
  }
  const agreed = survivor.status === 'line-of-enquiry' || absorbed.status === 'line-of-enquiry';
  const sources = [...survivor.sources];
  for (const source of absorbed.sources) {
    if (source.kind === 'free-text' || !sources.some((s) => sameSource(s, source)))
      sources.push({ ...source });
  }
  return {
    ok: true,
    value: {
      survivor: {
        ...survivor,
        ...nextMeta(survivor, ctx),
        sources,
        status: agreed ? 'line-of-enquiry' : survivor.status,
        ...(agreed && survivor.agreedAt === undefined
          ? { agreedAt: absorbed.agreedAt ?? ctx.now }
          : {}),
      },
      absorbed: {
        ...absorbed,
        ...nextMeta(absorbed, ctx),
        status: 'merged',
        mergedInto: survivor.id,
      },
    },
  };
}

/**
 * The issue that now stands for `issueId`, following merges (A into B, then B into C gives C).
 * Stops at a loop or a missing record rather than failing: history must still draw.
 */
export function survivorOf(issueId: string, issues: readonly Issue[]): string {
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const seen = new Set<string>();
  let current = issueId;
  for (;;) {
    const next = byId.get(current)?.mergedInto;
    if (next === undefined || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

const ALREADY: Record<Exclude<IssueStatus, 'merged'>, string> = {
  open: 'open',
  'line-of-enquiry': 'a line of enquiry',
  closed: 'closed',
};

/** Agree an issue as a line of enquiry, reopen it, or close it. Merging has its own command. */
export function setIssueStatus(
  issue: Issue,
  status: Exclude<IssueStatus, 'merged'>,
  ctx: CommandContext,
): Validated<Issue, 'status'> {
  if (issue.status === 'merged') {
    return {
      ok: false,
      errors: { status: 'This issue was merged into another; change that one instead.' },
    };
  }
  if (issue.status === status) {
    return { ok: false, errors: { status: `This issue is already ${ALREADY[status]}.` } };
  }
  const next: Issue = { ...issue, ...nextMeta(issue, ctx), status };
  // The agreement date belongs to the current agreement only; reopening clears it.
  if (status === 'line-of-enquiry') next.agreedAt = ctx.now;
  else delete next.agreedAt;
  return { ok: true, value: next };
}

export function markLineOfEnquiry(issue: Issue, ctx: CommandContext): Validated<Issue, 'status'> {
  return setIssueStatus(issue, 'line-of-enquiry', ctx);
}

/** Issues still in play: the ones a prioritisation round votes on. */
export function openIssues(issues: readonly Issue[], taskforceId: string): Issue[] {
  return issues.filter((issue) => issue.taskforceId === taskforceId && issue.status === 'open');
}

export function linesOfEnquiry(issues: readonly Issue[], taskforceId: string): Issue[] {
  return issues.filter(
    (issue) => issue.taskforceId === taskforceId && issue.status === 'line-of-enquiry',
  );
}
