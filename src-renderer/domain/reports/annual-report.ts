import type { GroupAction, GroupRecord } from '../board/group-record';
import { groupRecordId } from '../board/group-record';
import type { Topic } from '../board/topics';
import type { TaskforceEvent } from '../event';
import { LADDER_LABELS, LADDER_RUNGS } from '../event';
import type { Attendance } from '../people/attendance';
import { effectiveAttendance } from '../people/attendance';
import type { SuppressedTable } from '../people/suppression';
import { suppressSmallCounts } from '../people/suppression';
import type { Taskforce } from '../taskforce';
import type { Issue } from '../voting/issues';
import { ISSUE_STATUS_LABELS } from '../voting/issues';
import type { DecisionOutcome } from '../voting/outcome';
import type { ProposalRecord } from '../voting/records';
import type { ActionUpdate } from './action-update';
import { countBy, groupBy } from './group-by';
import { actionKey, latestUpdates } from './action-update';
import type { Period } from './period';
import { inPeriod } from './period';

export interface AnnualReportInput {
  period: Period;
  events: readonly TaskforceEvent[];
  taskforces: readonly Taskforce[];
  attendance: readonly Attendance[];
  topics: readonly Topic[];
  groupRecords: readonly GroupRecord[];
  proposals: readonly ProposalRecord[];
  outcomes: readonly DecisionOutcome[];
  issues: readonly Issue[];
  updates: readonly ActionUpdate[];
}

export interface AnnualEventRow {
  eventId: string;
  title: string;
  taskforce: string;
  date: string;
  rung: string;
  checkedIn: number;
}

export interface ReportedAction extends GroupAction {
  eventId: string;
  topicId: string;
  /** The latest "marked done", if any. */
  done?: ActionUpdate;
}

/** One line of "you said, we did": what was raised, what was decided, what was done. */
export interface YouSaidRow {
  key: string;
  event: string;
  raised: string;
  decided: string[];
  actions: ReportedAction[];
}

export interface AnnualReport {
  period: Period;
  events: AnnualEventRow[];
  /** Check-ins across the period (one person at two events counts twice). */
  attendances: number;
  /** Different people who came to at least one event. */
  people: number;
  /** Check-ins by rung of the ladder, small counts suppressed. */
  byRung: SuppressedTable<(typeof LADDER_RUNGS)[number]>;
  youSaid: YouSaidRow[];
}

const BY_TITLE = new Intl.Collator('en-GB');

const byDate = (a: TaskforceEvent, b: TaskforceEvent) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : BY_TITLE.compare(a.title, b.title);

export function buildAnnualReport(input: AnnualReportInput): AnnualReport {
  const events = input.events.filter((e) => inPeriod(e.date, input.period)).sort(byDate);
  const eventIds = new Set(events.map((e) => e.id));
  const came = effectiveAttendance(input.attendance.filter((a) => eventIds.has(a.eventId))).filter(
    (a) => a.status === 'checked-in',
  );
  const cameCount = countBy(came, (a) => a.eventId);
  const cameAt = (eventId: string) => cameCount.get(eventId) ?? 0;
  const taskforceName = new Map(input.taskforces.map((t) => [t.id, t.name]));
  const rungCounts = LADDER_RUNGS.map((rung) => ({
    key: rung,
    count: events.filter((e) => e.ladderRung === rung).reduce((n, e) => n + cameAt(e.id), 0),
  }));
  return {
    period: input.period,
    events: events.map((e) => ({
      eventId: e.id,
      title: e.title,
      taskforce: taskforceName.get(e.taskforceId) ?? '',
      date: e.date,
      rung: LADDER_LABELS[e.ladderRung],
      checkedIn: cameAt(e.id),
    })),
    attendances: came.length,
    people: new Set(came.map((a) => a.personId)).size,
    byRung: suppressSmallCounts(rungCounts),
    youSaid: youSaidWeDid(events, input),
  };
}

function youSaidWeDid(events: readonly TaskforceEvent[], input: AnnualReportInput): YouSaidRow[] {
  const updates = latestUpdates(input.updates);
  const records = new Map(input.groupRecords.map((r) => [r.id, r]));
  const outcomeOf = new Map(input.outcomes.map((o) => [o.proposalId, o]));
  const proposalsAt = groupBy(input.proposals, (p) => [p.eventId]);
  const topicsAt = groupBy(
    input.topics.filter((t) => t.status !== 'merged'),
    (t) => [t.eventId],
  );
  const proposalsFrom = groupBy(input.proposals, (p) =>
    p.source.kind === 'topic'
      ? [sourceKey('topic', p.source.topicId)]
      : p.source.kind === 'group-outcome'
        ? [sourceKey('group', p.source.groupId)]
        : [],
  );
  const issuesFrom = groupBy(
    input.issues.filter((issue) => issue.status !== 'merged'),
    (issue) => [...new Set(issue.sources.flatMap(issueSourceKey))],
  );
  const rows: YouSaidRow[] = [];
  for (const event of events) {
    const topics = [...(topicsAt.get(event.id) ?? [])].sort((a, b) =>
      BY_TITLE.compare(a.title, b.title),
    );
    for (const topic of topics) {
      const recordId = groupRecordId(topic.id);
      const keys = [sourceKey('topic', topic.id), sourceKey('group', recordId)];
      const decided = inInputOrder(input.proposals, keys, proposalsFrom).flatMap((p) => {
        const outcome = outcomeOf.get(p.id);
        return outcome ? [`Decided: ${outcome.statement}`] : [];
      });
      for (const issue of inInputOrder(input.issues, keys, issuesFrom))
        decided.push(`Taken up as an issue: ${issue.title} (${ISSUE_STATUS_LABELS[issue.status]})`);
      const actions = (records.get(recordId)?.actions ?? []).map((action) => {
        const done = updates.get(actionKey(topic.id, action.what));
        return { ...action, eventId: event.id, topicId: topic.id, ...(done ? { done } : {}) };
      });
      rows.push({ key: topic.id, event: event.title, raised: topic.title, decided, actions });
    }
    for (const proposal of proposalsAt.get(event.id) ?? []) {
      const outcome = outcomeOf.get(proposal.id);
      if (proposal.source.kind !== 'free-text' || !outcome) continue;
      rows.push({
        key: proposal.id,
        event: event.title,
        raised: proposal.title,
        decided: [`Decided: ${outcome.statement}`],
        actions: [],
      });
    }
  }
  return rows;
}

function sourceKey(kind: 'topic' | 'group', id: string): string {
  return `${kind}|${id}`;
}

function issueSourceKey(source: Issue['sources'][number]): string[] {
  if (source.kind === 'topic') return [sourceKey('topic', source.topicId)];
  if (source.kind === 'group-outcome') return [sourceKey('group', source.groupId)];
  return [];
}

/** Rows filed under any of the keys, each once and in the order of `all`. */
function inInputOrder<T>(all: readonly T[], keys: string[], index: Map<string, T[]>): T[] {
  const found = new Set(keys.flatMap((key) => index.get(key) ?? []));
  if (found.size < 2) return [...found];
  return all.filter((row) => found.has(row));
}
