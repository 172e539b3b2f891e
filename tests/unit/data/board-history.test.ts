import { describe, expect, it, vi } from 'vitest';
import { loadBoard } from '../../../src-renderer/data/board-commands';
import { createBoardHistory } from '../../../src-renderer/data/board-history';
import type { BoardCommand } from '../../../src-renderer/domain/board/commands';
import { locationOf } from '../../../src-renderer/domain/board/movement';
import { snapshot } from './fresh-db';
import { EV, bctx, boardDb, boardRows, cell, run, space } from './board-fixture';

describe('board history (undo and redo through the database)', () => {
  it('undoes a run of changes back to exactly the stored rows, and redoes them', async () => {
    const db = await boardDb();
    const history = createBoardHistory(db, EV);
    const commands: BoardCommand[] = [
      { type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') },
      { type: 'topic.place', topicId: 't2', cell: cell('s1', 'garden') },
      { type: 'topic.place', topicId: 't1', cell: cell('s1', 'hall') },
      { type: 'cell.swap', a: cell('s1', 'garden'), b: cell('s2', 'hall') },
      { type: 'cell.pin', cell: cell('s1', 'hall') },
      { type: 'space.edit', spaceId: 'hall', input: { ...space('Main hall'), capacity: 30 } },
      { type: 'topic.merge', keepId: 't1', duplicateId: 't3' },
    ];
    const states = [await boardRows(db)];
    for (const command of commands) {
      const result = await history.perform(command, bctx());
      expect(result.ok, JSON.stringify(result)).toBe(true);
      states.push(await boardRows(db));
    }
    expect(history.view()).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoLabel: "Undo: merge 'Peer support' into 'Access to GPs'",
    });
    for (let i = commands.length - 1; i >= 0; i--) {
      expect((await history.undo(bctx())).ok).toBe(true);
      expect(await boardRows(db)).toEqual(states[i]);
    }
    expect(history.view()).toMatchObject({ canUndo: false, canRedo: true });
    expect(await history.undo(bctx())).toEqual({ ok: false, reason: 'There is nothing to undo.' });
    for (let i = 1; i <= commands.length; i++) {
      expect((await history.redo(bctx())).ok).toBe(true);
      expect(await boardRows(db)).toEqual(states[i]);
    }
  });

  it('keeps the movement log append-only: undoing a move adds an entry back', async () => {
    const db = await boardDb();
    const history = createBoardHistory(db, EV);
    await run(db, { type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') });
    await history.perform(
      { type: 'person.move', slotId: 's1', personId: 'p-1', to: 't1' },
      bctx('2026-11-22T10:05:00.000Z'),
    );
    await history.perform(
      { type: 'person.move', slotId: 's1', personId: 'p-1', to: 'wandering' },
      bctx('2026-11-22T10:20:00.000Z'),
    );
    const logged = await db.boardMovements.orderBy('at').toArray();
    await history.undo(bctx('2026-11-22T10:21:00.000Z'));
    await history.undo(bctx('2026-11-22T10:22:00.000Z'));
    const after = await db.boardMovements.orderBy('at').toArray();
    expect(after.slice(0, 2)).toEqual(logged);
    expect(after.map((m) => [m.from, m.to, m.at.slice(11, 16), m.seq])).toEqual([
      [null, 't1', '10:05', 1],
      ['t1', 'wandering', '10:20', 2],
      ['wandering', 't1', '10:21', 3],
      ['t1', null, '10:22', 4],
    ]);
    await history.redo(bctx('2026-11-22T10:23:00.000Z'));
    expect(await db.boardMovements.count()).toBe(5);
    const board = await loadBoard(db, EV);
    expect(board && locationOf(board.state, 's1', 'p-1')).toBe('t1');
  });

  it('refuses to undo over a change made by another writer, writing nothing', async () => {
    const db = await boardDb();
    const history = createBoardHistory(db, EV);
    await history.perform(
      { type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') },
      bctx(),
    );
    // Another window drops t2 on the same cell (not through this history).
    await run(db, { type: 'topic.place', topicId: 't2', cell: cell('s1', 'garden') });
    const before = await snapshot(db);
    const result = await history.undo(bctx());
    expect(result).toEqual({
      ok: false,
      reason: `Cannot undo "move 'Access to GPs' to 10:00, Garden room": 10:00, Garden room has been changed on another device since.`,
    });
    expect(await snapshot(db)).toEqual(before);
    expect(history.view().canUndo).toBe(false); // the stale step is dropped
  });

  it('keeps its stacks when a write fails, and says why in plain English', async () => {
    const db = await boardDb();
    const history = createBoardHistory(db, EV);
    await history.perform(
      { type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') },
      bctx(),
    );
    const view = history.view();
    const before = await snapshot(db);
    vi.spyOn(db.boardTopics, 'bulkPut').mockRejectedValueOnce(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    const result = await history.perform(
      { type: 'topic.place', topicId: 't2', cell: cell('s1', 'hall') },
      bctx(),
    );
    expect(result.ok).toBe(false);
    expect(result).toHaveProperty('reason', expect.stringContaining('out of storage space'));
    expect(history.view()).toBe(view);
    expect(await snapshot(db)).toEqual(before);
  });

  it('runs quick presses one after another and tells subscribers when the stacks change', async () => {
    const db = await boardDb();
    const history = createBoardHistory(db, EV);
    const heard = vi.fn();
    history.subscribe(heard);
    await Promise.all([
      history.perform({ type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') }, bctx()),
      history.perform({ type: 'topic.place', topicId: 't2', cell: cell('s1', 'hall') }, bctx()),
    ]);
    const [first, second] = await Promise.all([history.undo(bctx()), history.undo(bctx())]);
    expect([first.ok && first.label, second.ok && second.label]).toEqual([
      "move 'Screening' to 10:00, Hall",
      "move 'Access to GPs' to 10:00, Garden room",
    ]);
    expect(await db.boardCells.filter((c) => c.topicId !== null).count()).toBe(0);
    expect(heard).toHaveBeenCalledTimes(4);
  });
});
