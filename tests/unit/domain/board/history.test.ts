import { describe, expect, it } from 'vitest';
import type { BoardCommand } from '../../../../src-renderer/domain/board/commands';
import {
  HISTORY_LIMIT,
  canRedo,
  canUndo,
  emptyHistory,
  perform,
  recordStep,
  redo,
  redoLabel,
  undo,
  undoLabel,
} from '../../../../src-renderer/domain/board/history';
import type { BoardHistory, HistoryResult } from '../../../../src-renderer/domain/board/history';
import { applyCommand } from '../../../../src-renderer/domain/board/reducer';
import type { BoardState } from '../../../../src-renderer/domain/board/state';
import { boardContent, boardProblems } from '../../../../src-renderer/domain/board/state';
import {
  cell,
  ok,
  person,
  run,
  session,
  space,
  standardBoard,
  testClock,
  topicInput,
  whereTopics,
} from './helpers';

const HALL_10 = cell('s1', 'hall');
const GARDEN_10 = cell('s1', 'garden');
const HALL_11 = cell('s2', 'hall');
const GARDEN_11 = cell('s2', 'garden');

const NOTES = {
  keyPoints: ['Appointments are hard to get'],
  actions: [{ what: 'Ask the practice manager', who: 'Sam', byWhen: '2026-12-01' }],
  reporter: person('p1'),
};

/** A board with something of everything, so each kind of command has something to act on. */
function richBoard(clock = testClock()): BoardState {
  return run(
    standardBoard(clock),
    [
      { type: 'space.add', spaceId: 'annex', input: space('Annex', 8, true) },
      { type: 'topic.place', topicId: 'gp', cell: HALL_10 },
      { type: 'topic.place', topicId: 'peer', cell: GARDEN_11 },
      { type: 'cell.pin', cell: HALL_11 },
      { type: 'group.record', topicId: 'gp', input: NOTES },
      { type: 'person.move', slotId: 's1', personId: 'p1', to: 'gp' },
    ],
    clock,
  );
}

function done(result: HistoryResult): Extract<HistoryResult, { ok: true }> {
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const EVERY_COMMAND: [string, BoardCommand][] = [
  [
    'add a topic',
    { type: 'topic.add', topicId: 'new', input: topicInput('Carers', [person('p3')]) },
  ],
  [
    'edit a topic',
    {
      type: 'topic.edit',
      topicId: 'gp',
      input: topicInput('GP access', [person('p1'), person('p4')], ['gp']),
    },
  ],
  ['remove a topic', { type: 'topic.remove', topicId: 'diag' }],
  [
    'merge a placed duplicate into a queued topic',
    { type: 'topic.merge', keepId: 'diag', duplicateId: 'peer' },
  ],
  [
    'merge a queued duplicate into a placed topic',
    { type: 'topic.merge', keepId: 'gp', duplicateId: 'diag' },
  ],
  ['add a slot', { type: 'slot.add', slotId: 's4', input: session('14:00', '15:00') }],
  [
    'edit a slot',
    {
      type: 'slot.edit',
      slotId: 's3',
      input: { label: 'Closing', start: '13:00', end: '14:00', kind: 'break' },
    },
  ],
  ['remove a slot', { type: 'slot.remove', slotId: 's3' }],
  ['add a space', { type: 'space.add', spaceId: 'cafe', input: space('Café corner', 6, true) }],
  ['edit a space', { type: 'space.edit', spaceId: 'garden', input: space('Garden room', 5, true) }],
  ['remove a space', { type: 'space.remove', spaceId: 'annex' }],
  ['place from the queue', { type: 'topic.place', topicId: 'diag', cell: GARDEN_10 }],
  ['place from the queue onto a topic', { type: 'topic.place', topicId: 'diag', cell: HALL_10 }],
  ['move to an empty cell', { type: 'topic.place', topicId: 'gp', cell: GARDEN_10 }],
  ['move onto another topic', { type: 'topic.place', topicId: 'gp', cell: GARDEN_11 }],
  ['unplace', { type: 'topic.unplace', topicId: 'peer' }],
  ['swap cells', { type: 'cell.swap', a: HALL_10, b: GARDEN_11 }],
  ['pin', { type: 'cell.pin', cell: HALL_10 }],
  ['unpin', { type: 'cell.unpin', cell: HALL_11 }],
  ['move a person into a group', { type: 'person.move', slotId: 's1', personId: 'p2', to: 'gp' }],
  [
    'move a person to wandering',
    { type: 'person.move', slotId: 's1', personId: 'p1', to: 'wandering' },
  ],
  [
    'take a person out of the groups',
    { type: 'person.move', slotId: 's1', personId: 'p1', to: null },
  ],
  ['record new group notes', { type: 'group.record', topicId: 'peer', input: NOTES }],
  [
    'change group notes',
    { type: 'group.record', topicId: 'gp', input: { ...NOTES, keyPoints: ['Changed'] } },
  ],
  ['clear group notes', { type: 'group.clear', topicId: 'gp' }],
];

describe('undo and redo of every command', () => {
  it.each(EVERY_COMMAND)('%s: undo restores the board exactly, redo repeats it', (_, command) => {
    const clock = testClock();
    const before = richBoard(clock);
    const first = done(perform(emptyHistory(), before, command, clock.ctx()));
    const after = first.state;
    expect(boardContent(after)).not.toEqual(boardContent(before));
    expect(boardProblems(after)).toEqual([]);

    const undone = done(undo(first.history, after, clock.ctx()));
    expect(boardContent(undone.state)).toEqual(boardContent(before));
    expect(boardProblems(undone.state)).toEqual([]);
    expect(canUndo(undone.history)).toBe(false);
    expect(canRedo(undone.history)).toBe(true);

    const redone = done(redo(undone.history, undone.state, clock.ctx()));
    expect(boardContent(redone.state)).toEqual(boardContent(after));
    expect(canRedo(redone.history)).toBe(false);

    const again = done(undo(redone.history, redone.state, clock.ctx()));
    expect(boardContent(again.state)).toEqual(boardContent(before));
  });

  it('unmerge, the inverse of a merge, is itself undoable', () => {
    const clock = testClock();
    const board = richBoard(clock);
    const merged = ok(
      applyCommand(
        board,
        { type: 'topic.merge', keepId: 'diag', duplicateId: 'peer' },
        clock.ctx(),
      ),
    );
    const unmerge = merged.inverse as BoardCommand;
    expect(unmerge).toMatchObject({
      type: 'topic.unmerge',
      keepId: 'diag',
      duplicateId: 'peer',
      cell: GARDEN_11,
    });
    const split = done(
      perform(emptyHistory(), merged.state, { ...unmerge, guard: [] }, clock.ctx()),
    );
    expect(boardContent(split.state)).toEqual(boardContent(board));
    const back = done(undo(split.history, split.state, clock.ctx()));
    expect(boardContent(back.state)).toEqual(boardContent(merged.state));
  });

  it('moves versions forward on undo, so other devices see the undo as the newest change', () => {
    const clock = testClock();
    const before = richBoard(clock);
    const moved = done(
      perform(
        emptyHistory(),
        before,
        { type: 'topic.place', topicId: 'gp', cell: GARDEN_10 },
        clock.ctx(),
      ),
    );
    const undone = done(undo(moved.history, moved.state, clock.ctx()));
    expect(undone.state.cells['s1|hall']?.topicId).toBe('gp');
    expect(undone.state.cells['s1|hall']?.version).toBe(
      (before.cells['s1|hall']?.version ?? 0) + 2,
    );
  });

  it('undoes a person move with another move: the log only grows', () => {
    const clock = testClock();
    const before = richBoard(clock);
    const moved = done(
      perform(
        emptyHistory(),
        before,
        { type: 'person.move', slotId: 's1', personId: 'p1', to: 'wandering' },
        clock.ctx(),
      ),
    );
    const undone = done(undo(moved.history, moved.state, clock.ctx()));
    expect(undone.state.movements).toHaveLength(before.movements.length + 2);
    expect(undone.changes).toEqual([
      { table: 'boardMovements', put: expect.objectContaining({ from: 'wandering', to: 'gp' }) },
    ]);
  });
});

describe('the undo stack', () => {
  it('labels the buttons with what will be undone or redone', () => {
    const clock = testClock();
    const board = richBoard(clock);
    const moved = done(
      perform(
        emptyHistory(),
        board,
        { type: 'topic.place', topicId: 'gp', cell: GARDEN_10 },
        clock.ctx(),
      ),
    );
    expect(undoLabel(moved.history)).toBe("Undo: move 'Access to GPs' to 10:00, Garden room");
    expect(redoLabel(moved.history)).toBeUndefined();
    const undone = done(undo(moved.history, moved.state, clock.ctx()));
    expect(redoLabel(undone.history)).toBe("Redo: move 'Access to GPs' to 10:00, Garden room");
    expect(undoLabel(undone.history)).toBeUndefined();
  });

  it('clears redo when a new command is made', () => {
    const clock = testClock();
    const board = richBoard(clock);
    const first = done(
      perform(
        emptyHistory(),
        board,
        { type: 'topic.place', topicId: 'diag', cell: GARDEN_10 },
        clock.ctx(),
      ),
    );
    const undone = done(undo(first.history, first.state, clock.ctx()));
    expect(canRedo(undone.history)).toBe(true);
    const other = done(
      perform(undone.history, undone.state, { type: 'cell.pin', cell: HALL_10 }, clock.ctx()),
    );
    expect(canRedo(other.history)).toBe(false);
    expect(undoLabel(other.history)).toBe('Undo: pin 10:00, Main hall');
    expect(redo(other.history, other.state, clock.ctx())).toMatchObject({
      ok: false,
      reason: 'There is nothing to redo.',
    });
  });

  it('leaves history untouched when a command is refused', () => {
    const clock = testClock();
    const board = richBoard(clock);
    const history: BoardHistory = emptyHistory();
    const result = perform(
      history,
      board,
      { type: 'topic.place', topicId: 'diag', cell: HALL_11 },
      clock.ctx(),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'The 11:00 Main hall session is pinned. Unpin it first.',
      history,
    });
  });

  it('refuses an undo whose cell another device has changed since, and changes nothing', () => {
    const clock = testClock();
    const board = richBoard(clock);
    // This laptop moves Access to GPs out of 10:00, Main hall…
    const mine = done(
      perform(
        emptyHistory(),
        board,
        { type: 'topic.place', topicId: 'gp', cell: GARDEN_10 },
        clock.ctx(),
      ),
    );
    // …then a phone puts Diagnosis into the cell it came from. Not on this laptop's stack.
    const remote = ok(
      applyCommand(
        mine.state,
        { type: 'topic.place', topicId: 'diag', cell: HALL_10 },
        clock.ctx('Phone'),
      ),
    );
    const result = undo(mine.history, remote.state, clock.ctx());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(
      'Cannot undo "move \'Access to GPs\' to 10:00, Garden room": ' +
        '10:00, Main hall has been changed on another device since.',
    );
    // The step that can never apply is dropped, so the button moves on.
    expect(canUndo(result.history)).toBe(false);
    expect(whereTopics(remote.state)).toMatchObject({ gp: 's1|garden', diag: 's1|hall' });
  });

  it('refuses an undo of a person move after another device moved them', () => {
    const clock = testClock();
    const board = richBoard(clock);
    const mine = done(
      perform(
        emptyHistory(),
        board,
        { type: 'person.move', slotId: 's1', personId: 'p1', to: 'wandering' },
        clock.ctx(),
      ),
    );
    const remote = ok(
      applyCommand(
        mine.state,
        { type: 'person.move', slotId: 's1', personId: 'p1', to: null },
        clock.ctx('Phone'),
      ),
    );
    expect(undo(mine.history, remote.state, clock.ctx())).toMatchObject({
      ok: false,
      reason: 'Cannot undo "move Sam to wandering": Sam has been moved on another device since.',
    });
  });

  it('still undoes when another device changed something unrelated', () => {
    const clock = testClock();
    const board = richBoard(clock);
    const mine = done(
      perform(
        emptyHistory(),
        board,
        { type: 'topic.place', topicId: 'gp', cell: GARDEN_10 },
        clock.ctx(),
      ),
    );
    const remote = ok(
      applyCommand(
        mine.state,
        { type: 'topic.place', topicId: 'diag', cell: cell('s3', 'hall') },
        clock.ctx('Phone'),
      ),
    );
    const undone = done(undo(mine.history, remote.state, clock.ctx()));
    expect(whereTopics(undone.state)).toMatchObject({ gp: 's1|hall', diag: 's3|hall' });
  });

  it('refuses a redo when another device changed the board after the undo', () => {
    const clock = testClock();
    const board = richBoard(clock);
    const mine = done(
      perform(
        emptyHistory(),
        board,
        { type: 'topic.place', topicId: 'diag', cell: GARDEN_10 },
        clock.ctx(),
      ),
    );
    const undone = done(undo(mine.history, mine.state, clock.ctx()));
    const remote = ok(
      applyCommand(
        undone.state,
        { type: 'topic.place', topicId: 'diag', cell: cell('s3', 'garden') },
        clock.ctx('Phone'),
      ),
    );
    const result = redo(undone.history, remote.state, clock.ctx());
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? '' : result.reason).toContain('has been changed on another device since');
    expect(canRedo(result.history)).toBe(false);
  });

  it('keeps a change with no way back off the stack but still clears redo', () => {
    const step = {
      label: 'pin 10:00, Main hall',
      command: { type: 'cell.unpin', cell: HALL_10 } as const,
    };
    const history: BoardHistory = { undo: [step], redo: [step] };
    const next = recordStep(history, 'import a board', {
      undoable: false,
      reason: 'Imports replace the board.',
    });
    expect(next).toEqual({ undo: [step], redo: [] });
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let history = emptyHistory();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      history = recordStep(history, `step ${i}`, { type: 'cell.pin', cell: HALL_10 });
    expect(history.undo).toHaveLength(HISTORY_LIMIT);
    expect(undoLabel(history)).toBe(`Undo: step ${HISTORY_LIMIT + 4}`);
  });
});
