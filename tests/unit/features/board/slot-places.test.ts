import { describe, expect, it } from 'vitest';
import type { BoardPerson, LoadedBoard } from '../../../../src-renderer/data/board-commands';
import type { MovementEntry } from '../../../../src-renderer/domain/board/movement';
import type { Topic } from '../../../../src-renderer/domain/board/topics';
import type { BoardState } from '../../../../src-renderer/domain/board/state';
import { emptyBoard } from '../../../../src-renderer/domain/board/state';
import {
  NOWHERE_NAME,
  WANDERING_NAME,
  currentSlot,
  slotPlaces,
} from '../../../../src-renderer/features/board/slot-places';

const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1 };
const access = { stepFree: true, hearingLoop: false, quiet: false };

function slot(id: string, start: string, end: string, kind: 'session' | 'break' = 'session') {
  return [id, { ...meta, id, eventId: 'e', label: '', start, end, kind }] as const;
}

function space(id: string, position: number) {
  return [
    id,
    {
      ...meta,
      id,
      eventId: 'e',
      name: id,
      capacity: 5,
      accessibility: access,
      notes: '',
      position,
    },
  ] as const;
}

function topic(id: string): [string, Topic] {
  const record: Topic = {
    ...meta,
    id,
    eventId: 'e',
    title: `Topic ${id}`,
    description: '',
    tags: [],
    conveners: [],
    status: 'placed',
  };
  return [id, record];
}

function move(personId: string, to: string | null, seq = 1): MovementEntry {
  const at = `2026-01-01T10:0${seq}:00Z`;
  return {
    ...meta,
    id: `m-${personId}-${seq}`,
    eventId: 'e',
    slotId: 's1',
    personId,
    from: null,
    to,
    at,
    by: 'x',
    seq,
  };
}

function board(movements: MovementEntry[] = []): BoardState {
  return {
    ...emptyBoard('e', ['ana', 'ben', 'cy']),
    slots: Object.fromEntries([
      slot('s2', '11:00', '12:00'),
      slot('brk', '10:30', '11:00', 'break'),
      slot('s1', '09:30', '10:30'),
    ]),
    spaces: Object.fromEntries([space('hall', 2), space('garden', 1)]),
    topics: Object.fromEntries([topic('t1'), topic('t2')]),
    cells: {
      's1|hall': {
        ...meta,
        id: 's1|hall',
        eventId: 'e',
        slotId: 's1',
        spaceId: 'hall',
        topicId: 't1',
        pinned: false,
      },
      's1|garden': {
        ...meta,
        id: 's1|garden',
        eventId: 'e',
        slotId: 's1',
        spaceId: 'garden',
        topicId: 't2',
        pinned: false,
      },
    },
    movements,
  };
}

function loaded(state: BoardState): LoadedBoard {
  const names: Record<string, string> = { ana: 'Ana', ben: 'Ben', cy: 'Cy' };
  const people: BoardPerson[] = Object.entries(names).map(([id, name]) => ({
    id,
    name,
    checkedIn: true,
    needsStepFree: false,
  }));
  const personName = (id: string) => names[id] ?? id;
  return {
    state,
    checkedIn: people,
    people: new Map(people.map((p) => [p.id, p])),
    personName,
    conflictInputs: { needsStepFree: new Map(), nameOf: personName },
  };
}

describe('the slot shown for the law of two feet', () => {
  it('is the session running now, skipping breaks', () => {
    expect(currentSlot(board(), '10:00')?.id).toBe('s1');
    expect(currentSlot(board(), '11:59')?.id).toBe('s2');
  });

  it('is the next session during a break or before the day starts, and the last one after', () => {
    expect(currentSlot(board(), '10:45')?.id).toBe('s2');
    expect(currentSlot(board(), '08:00')?.id).toBe('s1');
    expect(currentSlot(board(), '17:00')?.id).toBe('s2');
  });

  it('is none when there are no sessions', () => {
    expect(currentSlot(emptyBoard('e'), '10:00')).toBeUndefined();
  });
});

describe('the places of a slot', () => {
  it('lists not in a group, wandering, then each group in grid order with its people', () => {
    const places = slotPlaces(loaded(board([move('ben', 't2'), move('cy', 'wandering')])), 's1');
    expect(places.map((p) => [p.name, p.people])).toEqual([
      [NOWHERE_NAME, ['ana']],
      [WANDERING_NAME, ['cy']],
      ['Topic t2', ['ben']],
      ['Topic t1', []],
    ]);
    expect(places[2]?.space).toEqual({ name: 'garden', capacity: 5 });
  });

  it('follows the latest move of each person', () => {
    const places = slotPlaces(loaded(board([move('ana', 't1', 1), move('ana', 't2', 2)])), 's1');
    expect(places.find((p) => p.location === 't2')?.people).toEqual(['ana']);
    expect(places.find((p) => p.location === 't1')?.people).toEqual([]);
  });
});
