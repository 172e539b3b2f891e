import { describe, expect, it } from 'vitest';
import {
  WANDERING,
  latestEntries,
  locationOf,
  locationsInSlot,
  movesOf,
  slotGroups,
} from '../../../../src-renderer/domain/board/movement';
import type { MovementEntry } from '../../../../src-renderer/domain/board/movement';
import { applyCommand } from '../../../../src-renderer/domain/board/reducer';
import type { BoardState } from '../../../../src-renderer/domain/board/state';
import { cell, ok, reasonOf, run, standardBoard, testClock } from './helpers';

/** Access to GPs in the hall and Peer support in the garden, both at 10:00. */
function groupsAtTen(clock = testClock()): BoardState {
  return run(
    standardBoard(clock),
    [
      { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'hall') },
      { type: 'topic.place', topicId: 'peer', cell: cell('s1', 'garden') },
      { type: 'topic.place', topicId: 'diag', cell: cell('s2', 'hall') },
    ],
    clock,
  );
}

function entry(id: string, at: string, seq: number, to: string | null): MovementEntry {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    version: 1,
    eventId: 'event-1',
    slotId: 's1',
    personId: 'p1',
    from: null,
    to,
    at,
    by: 'Facilitator',
    seq,
  };
}

describe('the law of two feet', () => {
  it('records a timestamped move from where the person was', () => {
    const clock = testClock();
    const board = groupsAtTen(clock);
    const ctx = clock.ctx();
    const joined = ok(
      applyCommand(board, { type: 'person.move', slotId: 's1', personId: 'p3', to: 'gp' }, ctx),
    );
    expect(joined.changes).toEqual([
      {
        table: 'boardMovements',
        put: {
          id: 'entry-1',
          createdAt: ctx.now,
          updatedAt: ctx.now,
          version: 1,
          eventId: 'event-1',
          slotId: 's1',
          personId: 'p3',
          from: null,
          to: 'gp',
          at: ctx.now,
          by: 'Facilitator',
          seq: 1,
        },
      },
    ]);
    const moved = ok(
      applyCommand(
        joined.state,
        { type: 'person.move', slotId: 's1', personId: 'p3', to: 'peer' },
        clock.ctx(),
      ),
    );
    expect(moved.changes[0]).toMatchObject({ put: { from: 'gp', to: 'peer', seq: 2 } });
    expect(locationOf(moved.state, 's1', 'p3')).toBe('peer');
    expect(moved.inverse).toMatchObject({
      type: 'person.move',
      slotId: 's1',
      personId: 'p3',
      to: 'gp',
    });
  });

  it('keeps a person in one place per slot, and slots independent of each other', () => {
    const clock = testClock();
    const board = run(
      groupsAtTen(clock),
      [
        { type: 'person.move', slotId: 's1', personId: 'p1', to: 'gp' },
        { type: 'person.move', slotId: 's1', personId: 'p1', to: 'peer' },
        { type: 'person.move', slotId: 's1', personId: 'p2', to: 'peer' },
        { type: 'person.move', slotId: 's1', personId: 'p4', to: WANDERING },
        { type: 'person.move', slotId: 's2', personId: 'p1', to: 'diag' },
      ],
      clock,
    );
    expect(Object.fromEntries(locationsInSlot(board, 's1'))).toEqual({
      p1: 'peer',
      p2: 'peer',
      p4: 'wandering',
    });
    expect(Object.fromEntries(locationsInSlot(board, 's2'))).toEqual({ p1: 'diag' });
    const groups = slotGroups(board, 's1');
    expect(Object.fromEntries(groups.sizes)).toEqual({ gp: 0, peer: 2 });
    expect(groups.members.get('peer')).toEqual(['p1', 'p2']);
    expect(groups.wandering).toEqual(['p4']);
    expect(movesOf(board, 'p1').map((m) => [m.slotId, m.from, m.to])).toEqual([
      ['s1', null, 'gp'],
      ['s1', 'gp', 'peer'],
      ['s2', null, 'diag'],
    ]);
  });

  it('refuses to move someone who is not checked in, but always lets them be taken out', () => {
    const clock = testClock();
    const board = run(
      groupsAtTen(clock),
      [{ type: 'person.move', slotId: 's1', personId: 'p1', to: 'gp' }],
      clock,
    );
    const notHere = { ...board, checkedIn: new Set(['p2']) };
    expect(
      reasonOf(
        applyCommand(
          notHere,
          { type: 'person.move', slotId: 's1', personId: 'p1', to: 'peer' },
          clock.ctx(),
        ),
      ),
    ).toBe('Sam is not checked in. Check them in first.');
    expect(
      reasonOf(
        applyCommand(
          notHere,
          { type: 'person.move', slotId: 's1', personId: 'p9', to: WANDERING },
          clock.ctx(),
        ),
      ),
    ).toBe('p9 is not checked in. Check them in first.');
    const out = ok(
      applyCommand(
        notHere,
        { type: 'person.move', slotId: 's1', personId: 'p1', to: null },
        clock.ctx(),
      ),
    );
    expect(locationOf(out.state, 's1', 'p1')).toBeNull();
  });

  it('refuses moves that change nothing or go nowhere real', () => {
    const clock = testClock();
    const board = run(
      groupsAtTen(clock),
      [{ type: 'person.move', slotId: 's1', personId: 'p1', to: 'gp' }],
      clock,
    );
    const move = (slotId: string, to: string | null) =>
      reasonOf(
        applyCommand(board, { type: 'person.move', slotId, personId: 'p1', to }, clock.ctx()),
      );
    expect(move('s1', 'gp')).toBe("Sam is already in 'Access to GPs'.");
    expect(move('s1', 'diag')).toBe("'Diagnosis' is not on the grid in the 10:00 slot.");
    expect(move('lunch', WANDERING)).toBe(
      'Lunch (12:00) is a break; people move between groups during sessions.',
    );
    expect(move('s9', WANDERING)).toBe('That time slot is no longer on the grid.');
    expect(move('s2', null)).toBe('Sam is not in any group in the 11:00 slot.');
    expect(move('s1', 'nope')).toBe('That group is no longer on the board.');
  });

  it('orders moves by time, then by sequence, then by id, whatever order they arrive in', () => {
    const early = entry('z', '2026-11-22T10:00:00.000Z', 5, 'a');
    const late = entry('a', '2026-11-22T10:00:01.000Z', 1, 'b');
    // Same millisecond on one device: the higher sequence number is the later move.
    const sameTimeFirst = entry('y', '2026-11-22T10:00:02.000Z', 2, 'c');
    const sameTimeSecond = entry('b', '2026-11-22T10:00:02.000Z', 3, 'd');
    expect(latestEntries([late, early], 's1').get('p1')?.id).toBe('a');
    expect(latestEntries([sameTimeSecond, sameTimeFirst, early], 's1').get('p1')?.to).toBe('d');
    // A timestamp with an offset is the same instant as its UTC form.
    const offset = entry('c', '2026-11-22T11:00:03+01:00', 1, 'e');
    expect(latestEntries([offset, sameTimeSecond], 's1').get('p1')?.to).toBe('e');
    const twin = entry('a2', '2026-11-22T10:00:01.000Z', 1, 'x');
    expect(latestEntries([twin, late], 's1').get('p1')?.id).toBe('a2');
    expect(latestEntries([late, twin], 's1').get('p1')?.id).toBe('a2');
  });

  it('shows people as wandering when their group leaves the slot, and follows merges', () => {
    const clock = testClock();
    const board = run(
      groupsAtTen(clock),
      [
        { type: 'person.move', slotId: 's1', personId: 'p1', to: 'gp' },
        { type: 'person.move', slotId: 's1', personId: 'p2', to: 'peer' },
      ],
      clock,
    );
    const unplaced = run(board, [{ type: 'topic.unplace', topicId: 'gp' }], clock);
    expect(locationOf(unplaced, 's1', 'p1')).toBe(WANDERING);
    expect(slotGroups(unplaced, 's1').wandering).toEqual(['p1']);
    const merged = run(
      board,
      [
        { type: 'topic.unplace', topicId: 'diag' },
        { type: 'topic.merge', keepId: 'diag', duplicateId: 'peer' },
      ],
      clock,
    );
    expect(locationOf(merged, 's1', 'p2')).toBe('diag');
    expect(slotGroups(merged, 's1').sizes.get('diag')).toBe(1);
  });
});
