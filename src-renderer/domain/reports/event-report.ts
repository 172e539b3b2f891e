import type { GroupAction } from '../board/group-record';
import { groupRecordId } from '../board/group-record';
import { slotTimes } from '../board/grid';
import { compareEntries, slotGroups } from '../board/movement';
import type { BoardState } from '../board/state';
import type { Convener } from '../board/topics';
import type { TaskforceEvent } from '../event';
import { LADDER_LABELS } from '../event';
import type { Attendance } from '../people/attendance';
import { attendanceCounts, effectiveAttendance } from '../people/attendance';
import type { ConsentRecord } from '../people/consent';
import type { Person } from '../people/person';
import type { FeedbackSummary } from '../surveys/feedback-summary';
import type { DecisionSummary } from '../voting/outcome';
import type { NamedAndCounted } from './naming';
import { nameOrParticipant, namesWithConsent } from './naming';

export interface EventReportInput {
  event: TaskforceEvent;
  taskforceName: string;
  attendance: readonly Attendance[];
  people: readonly Person[];
  consent: readonly ConsentRecord[];
  board: BoardState | undefined;
  decisions: readonly DecisionSummary[];
  feedback: readonly FeedbackSummary[];
}

export interface GroupRow {
  slot: string;
  space: string;
  topic: string;
  conveners: string;
  /** People in the group at the end of the slot. */
  size: number;
  /** Moves into the group during the slot, and out of it. */
  joined: number;
  left: number;
}

export interface GroupOutcome {
  topic: string;
  keyPoints: string[];
  actions: GroupAction[];
  reporter: string;
}

export interface EventReport {
  title: string;
  taskforceName: string;
  date: string;
  time: string;
  venue: string;
  rung: string;
  checkedIn: number;
  walkIns: number;
  notArrived: number;
  attendees: NamedAndCounted;
  groups: GroupRow[];
  /** Every move between groups logged (joining a first group included). */
  moves: number;
  outcomes: GroupOutcome[];
  decisions: readonly DecisionSummary[];
  feedback: readonly FeedbackSummary[];
}

export function buildEventReport(input: EventReportInput): EventReport {
  const { event, people, consent } = input;
  const counts = attendanceCounts(input.attendance, event.id);
  const cameIds = effectiveAttendance(input.attendance.filter((a) => a.eventId === event.id))
    .filter((a) => a.status === 'checked-in')
    .map((a) => a.personId);
  const convenerName = (c: Convener) =>
    c.kind === 'name' ? c.name : nameOrParticipant(c.personId, people, consent);
  const board = input.board;
  return {
    title: event.title,
    taskforceName: input.taskforceName,
    date: event.date,
    time: `${event.startTime} to ${event.endTime}`,
    venue: [event.venueName, event.venueAddress].filter((s) => s !== '').join(', '),
    rung: LADDER_LABELS[event.ladderRung],
    checkedIn: counts.checkedIn,
    walkIns: counts.walkIns,
    notArrived: counts.notArrived,
    attendees: namesWithConsent(cameIds, people, consent),
    groups: board ? groupRows(board, convenerName) : [],
    moves: board?.movements.length ?? 0,
    outcomes: board ? groupOutcomes(board, convenerName) : [],
    decisions: input.decisions,
    feedback: input.feedback,
  };
}

function groupRows(board: BoardState, convenerName: (c: Convener) => string): GroupRow[] {
  const slots = Object.values(board.slots)
    .filter((s) => s.kind === 'session')
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const rows: GroupRow[] = [];
  for (const slot of slots) {
    const { sizes } = slotGroups(board, slot.id);
    const moves = board.movements.filter((m) => m.slotId === slot.id).sort(compareEntries);
    const cells = Object.values(board.cells).filter(
      (c) => c.slotId === slot.id && c.topicId !== null,
    );
    cells.sort(
      (a, b) => (board.spaces[a.spaceId]?.position ?? 0) - (board.spaces[b.spaceId]?.position ?? 0),
    );
    for (const cell of cells) {
      const topic = cell.topicId === null ? undefined : board.topics[cell.topicId];
      if (!topic) continue;
      rows.push({
        slot: slot.label ? `${slot.label}, ${slotTimes(slot)}` : slotTimes(slot),
        space: board.spaces[cell.spaceId]?.name ?? '',
        topic: topic.title,
        conveners: topic.conveners.map(convenerName).join(', '),
        size: sizes.get(topic.id) ?? 0,
        joined: moves.filter((m) => m.to === topic.id).length,
        left: moves.filter((m) => m.from === topic.id).length,
      });
    }
  }
  return rows;
}

function groupOutcomes(board: BoardState, convenerName: (c: Convener) => string): GroupOutcome[] {
  const outcomes: GroupOutcome[] = [];
  const topics = Object.values(board.topics).sort((a, b) =>
    a.title.localeCompare(b.title, 'en-GB'),
  );
  for (const topic of topics) {
    const record = board.groupRecords[groupRecordId(topic.id)];
    if (!record || (record.keyPoints.length === 0 && record.actions.length === 0)) continue;
    outcomes.push({
      topic: topic.title,
      keyPoints: [...record.keyPoints],
      actions: record.actions.map((a) => ({ ...a })),
      reporter: record.reporter ? convenerName(record.reporter) : '',
    });
  }
  return outcomes;
}
