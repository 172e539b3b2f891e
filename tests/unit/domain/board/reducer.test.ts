import { describe, expect, it } from 'vitest';
import type { BoardCommand } from '../../../../src-renderer/domain/board/commands';
import { applyCommand } from '../../../../src-renderer/domain/board/reducer';
import {
  boardContent,
  boardFromRecords,
  fingerprint,
} from '../../../../src-renderer/domain/board/state';
import {
  cell,
  frozen,
  ok,
  reasonOf,
  run,
  standardBoard,
  testClock,
  topicInput,
  person,
} from './helpers';

describe('applyCommand', () => {
  it('never changes the state it is given, whether it applies or refuses', () => {
    const clock = testClock();
    const board = frozen(
      run(
        standardBoard(clock),
        [{ type: 'topic.place', topicId: 'peer', cell: cell('s1', 'hall') }],
        clock,
      ),
    );
    const snapshot = JSON.stringify(board);
    const applied = ok(
      applyCommand(
        board,
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'hall') },
        clock.ctx(),
      ),
    );
    expect(applied.state).not.toBe(board);
    // Collections the command did not touch are shared, not copied.
    expect(applied.state.slots).toBe(board.slots);
    reasonOf(
      applyCommand(
        board,
        { type: 'topic.place', topicId: 'gp', cell: cell('lunch', 'hall') },
        clock.ctx(),
      ),
    );
    expect(JSON.stringify(board)).toBe(snapshot);
  });

  it('lists each record once, in its final form', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'hall') },
        { type: 'topic.place', topicId: 'peer', cell: cell('s1', 'garden') },
      ],
      clock,
    );
    const swap = ok(
      applyCommand(
        board,
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'garden') },
        clock.ctx(),
      ),
    );
    expect(swap.changes).toEqual([
      { table: 'boardCells', put: swap.state.cells['s1|garden'] },
      { table: 'boardCells', put: swap.state.cells['s1|hall'] },
    ]);
  });

  it('refuses a command this version does not know', () => {
    const clock = testClock();
    const unknown = { type: 'topic.teleport', topicId: 'gp' } as unknown as BoardCommand;
    expect(reasonOf(applyCommand(standardBoard(clock), unknown, clock.ctx()))).toBe(
      'This change is not known to this version of Two Feet.',
    );
  });

  it('guards an inverse with what its records must still look like', () => {
    const clock = testClock();
    const board = standardBoard(clock);
    const edited = ok(
      applyCommand(
        board,
        { type: 'topic.edit', topicId: 'gp', input: topicInput('GP access', [person('p1')]) },
        clock.ctx(),
      ),
    );
    expect(edited.inverse).toMatchObject({
      type: 'topic.edit',
      guard: [
        {
          kind: 'record',
          table: 'boardTopics',
          id: 'gp',
          content: fingerprint(edited.state.topics.gp),
        },
      ],
    });
    // Another device retitles the topic: the old inverse no longer applies.
    const remote = ok(
      applyCommand(
        edited.state,
        { type: 'topic.edit', topicId: 'gp', input: topicInput('Seeing a GP', [person('p1')]) },
        clock.ctx(),
      ),
    );
    expect(reasonOf(applyCommand(remote.state, edited.inverse as BoardCommand, clock.ctx()))).toBe(
      "'Seeing a GP' has been changed on another device since.",
    );
  });

  it('compares content, not versions, so the same content written again still counts as unchanged', () => {
    const clock = testClock();
    const board = standardBoard(clock);
    const again = ok(
      applyCommand(
        board,
        { type: 'topic.edit', topicId: 'gp', input: topicInput('Access to GPs', [person('p1')]) },
        clock.ctx(),
      ),
    );
    expect(again.state.topics.gp?.version).toBe(2);
    expect(fingerprint(again.state.topics.gp)).toBe(fingerprint(board.topics.gp));
    expect(boardContent(again.state)).toEqual(boardContent(board));
  });

  it('builds the same board from the records the data layer reads, keeping only this event', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'hall') },
        { type: 'person.move', slotId: 's1', personId: 'p1', to: 'gp' },
      ],
      clock,
    );
    const other = { ...(board.topics.peer ?? { id: '' }), id: 'elsewhere', eventId: 'event-2' };
    const rebuilt = boardFromRecords(
      'event-1',
      {
        topics: [...Object.values(board.topics), other as NonNullable<typeof board.topics.peer>],
        slots: Object.values(board.slots),
        spaces: Object.values(board.spaces),
        cells: Object.values(board.cells),
        groupRecords: Object.values(board.groupRecords),
        movements: board.movements,
      },
      board.checkedIn,
    );
    expect(rebuilt).toEqual(board);
  });
});
