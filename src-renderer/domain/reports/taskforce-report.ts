import type { TaskforceEvent } from '../event';
import { LADDER_LABELS } from '../event';
import type { Attendance } from '../people/attendance';
import { attendanceCounts } from '../people/attendance';
import type { Membership } from '../people/membership';
import type { MeasureChange } from '../surveys/change-report';
import type { Taskforce } from '../taskforce';
import type { Issue } from '../voting/issues';
import { ISSUE_STATUS_LABELS, linesOfEnquiry } from '../voting/issues';
import type { PriorityHistory, PriorityPoint } from '../voting/priorities';
import { groupBy } from './group-by';

export interface TaskforceReportInput {
  taskforce: Taskforce;
  events: readonly TaskforceEvent[];
  attendance: readonly Attendance[];
  memberships: readonly Membership[];
  history: PriorityHistory;
  issues: readonly Issue[];
  /** Null when the taskforce has no survey waves to compare. */
  change: { before: string; after: string; measures: readonly MeasureChange[] } | null;
  /** "YYYY-MM-DD": meetings on or before it count as held. */
  today: string;
}

export interface MeetingRow {
  title: string;
  date: string;
  rung: string;
  checkedIn: number;
}

export interface QuarterRow {
  /** e.g. "2026 Q1" */
  quarter: string;
  joined: number;
  left: number;
  /** Members on the last day of the quarter. */
  members: number;
}

export interface PriorityRow {
  issue: string;
  status: string;
  /** One per meeting column: "1st (12 dots)", "joint 2nd (…)" or "–". */
  places: string[];
}

export interface TaskforceReport {
  name: string;
  theme: string;
  meetings: MeetingRow[];
  membership: QuarterRow[];
  priorityMeetings: string[];
  priorities: PriorityRow[];
  linesOfEnquiry: { title: string; agreedOn: string }[];
  change: TaskforceReportInput['change'];
}

export function buildTaskforceReport(input: TaskforceReportInput): TaskforceReport {
  const { taskforce } = input;
  const attendanceAt = groupBy(input.attendance, (a) => [a.eventId]);
  const meetings = input.events
    .filter((e) => e.taskforceId === taskforce.id && e.date <= input.today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => ({
      title: e.title,
      date: e.date,
      rung: LADDER_LABELS[e.ladderRung],
      checkedIn: attendanceCounts(attendanceAt.get(e.id) ?? [], e.id).checkedIn,
    }));
  return {
    name: taskforce.name,
    theme: taskforce.theme,
    meetings,
    membership: membershipByQuarter(
      input.memberships.filter((m) => m.taskforceId === taskforce.id),
      input.today,
    ),
    priorityMeetings: input.history.meetings.map((m) => m.title),
    priorities: input.history.lines.map((line) => ({
      issue: line.title,
      status: line.status === 'unknown' ? 'No longer listed' : ISSUE_STATUS_LABELS[line.status],
      places: line.points.map(placeText),
    })),
    linesOfEnquiry: linesOfEnquiry(input.issues, taskforce.id).map((issue) => ({
      title: issue.title,
      agreedOn: issue.agreedAt?.slice(0, 10) ?? '',
    })),
    change: input.change,
  };
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const unit = n % 10;
  return `${n}${unit === 1 ? 'st' : unit === 2 ? 'nd' : unit === 3 ? 'rd' : 'th'}`;
}

function placeText(point: PriorityPoint | null): string {
  if (!point) return '–';
  const dots = `${point.dots} ${point.dots === 1 ? 'dot' : 'dots'}`;
  return `${point.tied ? 'joint ' : ''}${ordinal(point.rank)} (${dots})`;
}

export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)} Q${Math.floor((month - 1) / 3) + 1}`;
}

function quarterEnd(quarter: string): string {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(-1));
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][q - 1] ?? '12-31'}`;
}

/** Quarters from the first joining to today's: who joined, who left and how many were members. */
export function membershipByQuarter(
  memberships: readonly Membership[],
  today: string,
): QuarterRow[] {
  if (memberships.length === 0) return [];
  const first = memberships.reduce((a, m) => (m.joinedOn < a ? m.joinedOn : a), today);
  const quarters: string[] = [];
  let cursor = quarterOf(first);
  const last = quarterOf(today);
  while (cursor <= last && quarters.length < 400) {
    quarters.push(cursor);
    const year = Number(cursor.slice(0, 4));
    const q = Number(cursor.slice(-1));
    cursor = q === 4 ? `${year + 1} Q1` : `${year} Q${q + 1}`;
  }
  return quarters.map((quarter) => {
    const end = quarterEnd(quarter);
    const members = new Set(
      memberships
        .filter((m) => m.joinedOn <= end && (m.leftOn === undefined || m.leftOn > end))
        .map((m) => m.personId),
    );
    return {
      quarter,
      joined: memberships.filter((m) => quarterOf(m.joinedOn) === quarter).length,
      left: memberships.filter((m) => m.leftOn !== undefined && quarterOf(m.leftOn) === quarter)
        .length,
      members: members.size,
    };
  });
}
