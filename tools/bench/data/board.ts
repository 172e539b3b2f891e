import type { Cell, Slot, Space } from '../../../src-renderer/domain/board/grid';
import { cellId } from '../../../src-renderer/domain/board/grid';
import type { MovementEntry } from '../../../src-renderer/domain/board/movement';
import type { Convener, Topic } from '../../../src-renderer/domain/board/topics';
import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import type { Attendance } from '../../../src-renderer/domain/people/attendance';
import type { Person } from '../../../src-renderer/domain/people/person';
import type { RecordMeta } from '../../../src-renderer/domain/record';
import { timeOfDay, timestamp } from './calendar';
import type { Prng } from './prng';

/**
 * The open-space board of one event (issue 4): 6 time slots × 6 spaces, 60 topics (36 on the
 * grid, 24 waiting in the marketplace queue), 150 people checked in, each of whom joined a group
 * in every slot (900 movement-log entries). Records exactly as the board's commands store them.
 */
export interface BenchBoard {
  eventId: string;
  people: Person[];
  attendance: Attendance[];
  slots: Slot[];
  spaces: Space[];
  topics: Topic[];
  cells: Cell[];
  movements: MovementEntry[];
}

export const BOARD_SIZES = { slots: 6, spaces: 6, topics: 60, people: 150 } as const;

const SPACE_NAMES = ['Main hall', 'Garden room', 'Library', 'Kitchen table', 'Quiet room', 'Foyer'];
const SUBJECTS = [
  'GP appointments',
  'Mental health waiting lists',
  'Cancer screening',
  'Carers’ breaks',
  'Hospital transport',
  'Pharmacy opening hours',
  'Dental care',
  'Social prescribing',
  'Translation at clinics',
  'Young people’s services',
  'Loneliness in winter',
  'Accessible information',
];
const ANGLES = [
  'what works',
  'what gets in the way',
  'ideas to try',
  'who is left out',
  'next steps',
];
const TAGS = ['access', 'primary care', 'mental health', 'carers', 'young people', 'transport'];

/** The event the board belongs to: the first one held on `today`, or else the first event. */
export function boardEvent(events: readonly TaskforceEvent[], today: string): TaskforceEvent {
  const event = events.find((e) => e.date === today) ?? events[0];
  if (!event) throw new Error('The dataset has no events to put a board on.');
  return event;
}

export function generateBoard(
  p: Prng,
  event: TaskforceEvent,
  register: readonly Person[],
): BenchBoard {
  const at = timestamp(event.date, event.startTime);
  const meta = (id: string): RecordMeta => ({ id, createdAt: at, updatedAt: at, version: 1 });
  const eventId = event.id;
  const people = register.slice(0, BOARD_SIZES.people);
  if (people.length < BOARD_SIZES.people) throw new Error('Not enough people for the board.');

  const slots = Array.from({ length: BOARD_SIZES.slots }, (_, i): Slot => {
    const start = 10 * 60 + i * 60;
    return {
      ...meta(p.uuid()),
      eventId,
      label: `Session ${i + 1}`,
      start: timeOfDay(start),
      end: timeOfDay(start + 50),
      kind: 'session',
    };
  });
  const spaces = SPACE_NAMES.map((name, position): Space => ({
    ...meta(p.uuid()),
    eventId,
    name,
    capacity: p.int(8, 40),
    accessibility: { stepFree: p.chance(0.7), hearingLoop: p.chance(0.3), quiet: p.chance(0.2) },
    notes: p.chance(0.3) ? 'Ask at reception for the ramp.' : '',
    position,
  }));
  const cellCount = slots.length * spaces.length;
  const topics = Array.from({ length: BOARD_SIZES.topics }, (_, i): Topic => {
    const convener: Convener = p.chance(0.7)
      ? { kind: 'person', personId: p.pick(people).id }
      : { kind: 'name', name: `Guest ${i + 1}` };
    return {
      ...meta(p.uuid()),
      eventId,
      title: `${p.pick(SUBJECTS)}: ${p.pick(ANGLES)} (${i + 1})`,
      description: p.chance(0.5) ? 'Pitched in the marketplace.' : '',
      tags: p.sample(TAGS, p.int(0, 2)),
      conveners: [convener],
      status: i < cellCount ? 'placed' : 'queued',
    };
  });
  const cells = slots.flatMap((slot, s) =>
    spaces.map((space, c): Cell => {
      const ref = { slotId: slot.id, spaceId: space.id };
      return {
        ...meta(cellId(ref)),
        eventId,
        ...ref,
        topicId: topics[s * spaces.length + c]?.id ?? null,
        pinned: false,
      };
    }),
  );
  const attendance = people.map((person): Attendance => ({
    ...meta(p.uuid()),
    eventId,
    personId: person.id,
    status: 'checked-in',
    walkIn: p.chance(0.1),
    checkedInAt: at,
    checkedInBy: 'Bench facilitator',
  }));
  const movements = slots.flatMap((slot, s) =>
    people.map((person): MovementEntry => ({
      ...meta(p.uuid()),
      eventId,
      slotId: slot.id,
      personId: person.id,
      from: null,
      to: topics[s * spaces.length + p.int(0, spaces.length - 1)]?.id ?? null,
      at,
      by: 'Bench facilitator',
      seq: 1,
    })),
  );
  return { eventId, people, attendance, slots, spaces, topics, cells, movements };
}

/** Rows by object store, as the board operation writes them (people with put: they may exist). */
export function boardTables(board: BenchBoard): Record<string, readonly object[]> {
  return {
    people: board.people,
    attendance: board.attendance,
    boardSlots: board.slots,
    boardSpaces: board.spaces,
    boardTopics: board.topics,
    boardCells: board.cells,
    boardMovements: board.movements,
  };
}
