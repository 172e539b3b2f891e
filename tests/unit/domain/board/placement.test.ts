import { describe, expect, it } from 'vitest';
import { cellId } from '../../../../src-renderer/domain/board/grid';
import {
  QUEUE,
  cellSpot,
  planDrop,
  queuedTopics,
} from '../../../../src-renderer/domain/board/placement';
import { applyCommand } from '../../../../src-renderer/domain/board/reducer';
import { boardProblems } from '../../../../src-renderer/domain/board/state';
import { cell, frozen, ok, reasonOf, run, standardBoard, testClock, whereTopics } from './helpers';

const HALL_10 = cell('s1', 'hall');
const GARDEN_10 = cell('s1', 'garden');
const HALL_11 = cell('s2', 'hall');
const GARDEN_11 = cell('s2', 'garden');
const LUNCH_HALL = cell('lunch', 'hall');

describe('placing topics on the grid', () => {
  it('places a topic from the queue into an empty cell and marks it placed', () => {
    const clock = testClock();
    const board = standardBoard(clock);
    const result = ok(
      applyCommand(board, { type: 'topic.place', topicId: 'gp', cell: HALL_10 }, clock.ctx()),
    );
    expect(whereTopics(result.state)).toEqual({ gp: 's1|hall', peer: 'queue', diag: 'queue' });
    expect(result.state.topics.gp?.status).toBe('placed');
    expect(result.state.topics.gp?.version).toBe(2);
    expect(result.changes.map((c) => c.table).sort()).toEqual(['boardCells', 'boardTopics']);
    expect(result.inverse).toMatchObject({ type: 'topic.unplace', topicId: 'gp' });
    expect(boardProblems(result.state)).toEqual([]);
  });

  it('moves a placed topic to another empty cell without touching the topic record', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [{ type: 'topic.place', topicId: 'gp', cell: HALL_10 }],
      clock,
    );
    const result = ok(
      applyCommand(board, { type: 'topic.place', topicId: 'gp', cell: GARDEN_11 }, clock.ctx()),
    );
    expect(whereTopics(result.state).gp).toBe('s2|garden');
    expect(result.state.cells['s1|hall']?.topicId).toBeNull();
    expect(result.changes.every((c) => c.table === 'boardCells')).toBe(true);
    expect(result.inverse).toMatchObject({ type: 'topic.place', topicId: 'gp', cell: HALL_10 });
  });

  it('swaps two placed topics when one is dropped on the other', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'gp', cell: HALL_10 },
        { type: 'topic.place', topicId: 'peer', cell: GARDEN_11 },
      ],
      clock,
    );
    const result = ok(
      applyCommand(board, { type: 'topic.place', topicId: 'gp', cell: GARDEN_11 }, clock.ctx()),
    );
    expect(whereTopics(result.state)).toEqual({ gp: 's2|garden', peer: 's1|hall', diag: 'queue' });
    expect(boardProblems(result.state)).toEqual([]);
  });

  it('sends the other topic to the queue when a queued topic is dropped on it', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [{ type: 'topic.place', topicId: 'peer', cell: HALL_10 }],
      clock,
    );
    const result = ok(
      applyCommand(board, { type: 'topic.place', topicId: 'gp', cell: HALL_10 }, clock.ctx()),
    );
    expect(whereTopics(result.state)).toEqual({ gp: 's1|hall', peer: 'queue', diag: 'queue' });
    expect(result.state.topics.peer?.status).toBe('queued');
    // Dropping the displaced topic back swaps the first one out to the queue again.
    expect(result.inverse).toMatchObject({ type: 'topic.place', topicId: 'peer', cell: HALL_10 });
  });

  it('moves a topic back to the queue', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [{ type: 'topic.place', topicId: 'gp', cell: HALL_10 }],
      clock,
    );
    const result = ok(applyCommand(board, { type: 'topic.unplace', topicId: 'gp' }, clock.ctx()));
    expect(whereTopics(result.state).gp).toBe('queue');
    expect(result.state.topics.gp?.status).toBe('queued');
    expect(queuedTopics(result.state).map((t) => t.id)).toEqual(['gp', 'peer', 'diag']);
  });

  it('refuses to drop onto a pinned cell, naming the session', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'peer', cell: GARDEN_11 },
        { type: 'cell.pin', cell: GARDEN_11 },
      ],
      clock,
    );
    const command = { type: 'topic.place', topicId: 'gp', cell: GARDEN_11 } as const;
    expect(reasonOf(applyCommand(frozen(board), command, clock.ctx()))).toBe(
      'The 11:00 Garden room session is pinned. Unpin it first.',
    );
  });

  it('refuses to move a topic out of a pinned cell, to the queue or by a swap', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'gp', cell: HALL_10 },
        { type: 'topic.place', topicId: 'peer', cell: GARDEN_10 },
        { type: 'cell.pin', cell: HALL_10 },
      ],
      clock,
    );
    const pinned = 'The 10:00 Main hall session is pinned. Unpin it first.';
    expect(
      reasonOf(applyCommand(board, { type: 'topic.unplace', topicId: 'gp' }, clock.ctx())),
    ).toBe(pinned);
    expect(
      reasonOf(
        applyCommand(board, { type: 'topic.place', topicId: 'gp', cell: HALL_11 }, clock.ctx()),
      ),
    ).toBe(pinned);
    expect(
      reasonOf(
        applyCommand(board, { type: 'topic.place', topicId: 'peer', cell: HALL_10 }, clock.ctx()),
      ),
    ).toBe(pinned);
    expect(
      reasonOf(applyCommand(board, { type: 'cell.swap', a: GARDEN_10, b: HALL_10 }, clock.ctx())),
    ).toBe(pinned);
    const unpinned = ok(
      applyCommand(board, { type: 'cell.unpin', cell: HALL_10 }, clock.ctx()),
    ).state;
    expect(
      ok(applyCommand(unpinned, { type: 'topic.unplace', topicId: 'gp' }, clock.ctx())).state.topics
        .gp?.status,
    ).toBe('queued');
  });

  it('refuses to put a topic in a break', () => {
    const clock = testClock();
    const board = standardBoard(clock);
    expect(
      reasonOf(
        applyCommand(board, { type: 'topic.place', topicId: 'gp', cell: LUNCH_HALL }, clock.ctx()),
      ),
    ).toBe('Lunch (12:00) is a break, so no topic can go there.');
    expect(reasonOf(applyCommand(board, { type: 'cell.pin', cell: LUNCH_HALL }, clock.ctx()))).toBe(
      'Lunch (12:00) is a break, so no topic can go there.',
    );
  });

  it('refuses drops that change nothing or name what is not there', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [{ type: 'topic.place', topicId: 'gp', cell: HALL_10 }],
      clock,
    );
    expect(
      reasonOf(
        applyCommand(board, { type: 'topic.place', topicId: 'gp', cell: HALL_10 }, clock.ctx()),
      ),
    ).toBe("'Access to GPs' is already in 10:00, Main hall.");
    expect(
      reasonOf(applyCommand(board, { type: 'topic.unplace', topicId: 'peer' }, clock.ctx())),
    ).toBe("'Peer support' is already in the queue.");
    expect(
      reasonOf(
        applyCommand(board, { type: 'topic.place', topicId: 'nope', cell: HALL_10 }, clock.ctx()),
      ),
    ).toBe('That topic is no longer on the board.');
    expect(
      reasonOf(
        applyCommand(
          board,
          { type: 'topic.place', topicId: 'peer', cell: cell('s9', 'hall') },
          clock.ctx(),
        ),
      ),
    ).toBe('That time slot is no longer on the grid.');
  });

  it('swaps two cells, one of which may be empty, and refuses two empty cells', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'gp', cell: HALL_10 },
        { type: 'topic.place', topicId: 'peer', cell: GARDEN_10 },
      ],
      clock,
    );
    const swapped = ok(
      applyCommand(board, { type: 'cell.swap', a: HALL_10, b: GARDEN_10 }, clock.ctx()),
    );
    expect(whereTopics(swapped.state)).toMatchObject({ gp: 's1|garden', peer: 's1|hall' });
    expect(swapped.inverse).toMatchObject({ type: 'cell.swap', a: HALL_10, b: GARDEN_10 });
    const moved = ok(
      applyCommand(board, { type: 'cell.swap', a: HALL_10, b: HALL_11 }, clock.ctx()),
    );
    expect(whereTopics(moved.state)).toMatchObject({ gp: 's2|hall', peer: 's1|garden' });
    expect(
      reasonOf(applyCommand(board, { type: 'cell.swap', a: HALL_11, b: GARDEN_11 }, clock.ctx())),
    ).toBe('Both cells are empty, so there is nothing to swap.');
  });

  it('pins and unpins cells, refusing to pin twice', () => {
    const clock = testClock();
    const board = standardBoard(clock);
    const pinned = ok(applyCommand(board, { type: 'cell.pin', cell: HALL_11 }, clock.ctx())).state;
    expect(pinned.cells[cellId(HALL_11)]).toMatchObject({ pinned: true, topicId: null });
    expect(reasonOf(applyCommand(pinned, { type: 'cell.pin', cell: HALL_11 }, clock.ctx()))).toBe(
      '11:00, Main hall is already pinned.',
    );
    // An empty pinned cell is kept free: nothing can be dropped into it.
    expect(
      reasonOf(
        applyCommand(pinned, { type: 'topic.place', topicId: 'gp', cell: HALL_11 }, clock.ctx()),
      ),
    ).toBe('The 11:00 Main hall session is pinned. Unpin it first.');
    expect(reasonOf(applyCommand(board, { type: 'cell.unpin', cell: HALL_11 }, clock.ctx()))).toBe(
      '11:00, Main hall is not pinned.',
    );
  });

  it('plans a drop without changing the board', () => {
    const clock = testClock();
    const board = frozen(
      run(standardBoard(clock), [{ type: 'topic.place', topicId: 'peer', cell: HALL_10 }], clock),
    );
    expect(planDrop(board, 'gp', cellSpot(HALL_10))).toEqual({
      ok: true,
      topicId: 'gp',
      from: QUEUE,
      to: cellSpot(HALL_10),
      displaced: 'peer',
    });
    expect(planDrop(board, 'peer', QUEUE)).toMatchObject({ ok: true, displaced: null });
  });
});
