import { describe, expect, it } from 'vitest';
import type { BoardState } from '../../../../src-renderer/domain/board/state';
import type { MovementEntry } from '../../../../src-renderer/domain/board/movement';
import { createdMeta } from '../../../../src-renderer/domain/record';
import { buildEventReport } from '../../../../src-renderer/domain/reports/event-report';
import { consent, makePerson } from '../people/fixtures';
import { NOW, came, event, groupRecord, topic } from './fixtures';

const ev = event('ev-1', '2026-03-01', { ladderRung: 'collaborating', title: 'Spring meeting' });
const people = [
  makePerson('p-ann', { name: 'Ann Archer' }),
  makePerson('p-bo', { name: 'Bo Baker' }),
  makePerson('p-cy', { name: 'Cy Carter' }),
];
const shares = (personId: string) =>
  consent('shareContactWithMembers', 'granted', '2026-01-01T10:00:00.000Z', { personId });

function move(id: string, personId: string, from: string | null, to: string | null): MovementEntry {
  return {
    ...createdMeta(id, NOW),
    eventId: 'ev-1',
    slotId: 's-1',
    personId,
    from,
    to,
    at: `2026-03-01T10:0${id.slice(-1)}:00.000Z`,
    by: NOW.actor,
    seq: 1,
  };
}

function board(): BoardState {
  const t = {
    ...topic('t-gp', 'ev-1', 'GP access'),
    conveners: [{ kind: 'person' as const, personId: 'p-cy' }],
  };
  return {
    eventId: 'ev-1',
    topics: { 't-gp': t },
    slots: {
      's-1': {
        ...createdMeta('s-1', NOW),
        eventId: 'ev-1',
        label: '',
        start: '10:00',
        end: '11:00',
        kind: 'session',
      },
    },
    spaces: {
      'sp-1': {
        ...createdMeta('sp-1', NOW),
        eventId: 'ev-1',
        name: 'Garden',
        capacity: 10,
        accessibility: { stepFree: true, hearingLoop: false, quiet: false },
        notes: '',
        position: 0,
      },
    },
    cells: {
      's-1|sp-1': {
        ...createdMeta('s-1|sp-1', NOW),
        eventId: 'ev-1',
        slotId: 's-1',
        spaceId: 'sp-1',
        topicId: 't-gp',
        pinned: false,
      },
    },
    groupRecords: { 'group|t-gp': groupRecord('t-gp', 'ev-1', ['Write to the practice']) },
    movements: [
      move('m1', 'p-ann', null, 't-gp'),
      move('m2', 'p-bo', null, 't-gp'),
      move('m3', 'p-bo', 't-gp', null),
    ],
    checkedIn: new Set(['p-ann', 'p-bo', 'p-cy']),
  };
}

describe('the event report', () => {
  const report = buildEventReport({
    event: ev,
    taskforceName: 'Cancer care',
    attendance: [came('ev-1', 'p-ann'), came('ev-1', 'p-bo'), came('ev-1', 'p-cy')],
    people,
    consent: [shares('p-ann')],
    board: board(),
    decisions: [],
    feedback: [],
  });

  it('names only the people who agreed to be named, and counts the rest', () => {
    expect(report.checkedIn).toBe(3);
    expect(report.attendees).toEqual({ names: ['Ann Archer'], others: 2 });
    expect(JSON.stringify(report)).not.toContain('Bo Baker');
    expect(JSON.stringify(report)).not.toContain('Cy Carter');
  });

  it('gives the rung, and each group with its size and moves; a convener without consent is not named', () => {
    expect(report.rung).toBe('Collaborating');
    expect(report.groups).toEqual([
      {
        slot: '10:00–11:00',
        space: 'Garden',
        topic: 'GP access',
        conveners: 'A participant',
        size: 1,
        joined: 2,
        left: 1,
      },
    ]);
    expect(report.moves).toBe(3);
    expect(report.outcomes[0]?.actions[0]?.what).toBe('Write to the practice');
  });
});
