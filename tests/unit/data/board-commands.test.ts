import { describe, expect, it, vi } from 'vitest';
import {
  NO_EVENT,
  UNKNOWN_PERSON,
  loadBoard,
  runBoardCommand,
} from '../../../src-renderer/data/board-commands';
import { createBoardHistory } from '../../../src-renderer/data/board-history';
import { boardTables, readBoardState, scopeOf } from '../../../src-renderer/data/board-store';
import type { BoardCommand } from '../../../src-renderer/domain/board/commands';
import { findConflicts } from '../../../src-renderer/domain/board/conflicts';
import { applyCommand } from '../../../src-renderer/domain/board/reducer';
import { ctx, snapshot } from './fresh-db';
import { EV, bctx, boardDb, cell, run } from './board-fixture';

describe('runBoardCommand', () => {
  it('stores a drop, a swap on an occupied cell, and a cell swap', async () => {
    const db = await boardDb();
    await run(db, { type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') });
    expect(await db.boardCells.get('s1|garden')).toMatchObject({
      topicId: 't1',
      eventId: EV,
      version: 1,
    });
    expect(await db.boardTopics.get('t1')).toMatchObject({ status: 'placed', version: 2 });
    // Dropping t2 from the queue on t1's cell sends t1 back to the queue: nothing is lost.
    await run(db, { type: 'topic.place', topicId: 't2', cell: cell('s1', 'garden') });
    expect((await db.boardCells.get('s1|garden'))?.topicId).toBe('t2');
    expect((await db.boardTopics.get('t1'))?.status).toBe('queued');
    await run(db, { type: 'topic.place', topicId: 't1', cell: cell('s2', 'hall') });
    await run(db, { type: 'cell.swap', a: cell('s1', 'garden'), b: cell('s2', 'hall') });
    expect((await db.boardCells.get('s1|garden'))?.topicId).toBe('t1');
    expect((await db.boardCells.get('s2|hall'))?.topicId).toBe('t2');
    expect(
      await db.boardTopics.where('[eventId+status]').equals([EV, 'placed']).primaryKeys(),
    ).toEqual(['t1', 't2']);
  });

  it('refuses a drop on a pinned cell with a reason and writes nothing', async () => {
    const db = await boardDb();
    await run(db, { type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') });
    await run(db, { type: 'cell.pin', cell: cell('s1', 'garden') });
    expect((await db.boardCells.get('s1|garden'))?.pinned).toBe(true);
    const before = await snapshot(db);
    const result = await runBoardCommand(
      db,
      EV,
      { type: 'topic.place', topicId: 't2', cell: cell('s1', 'garden') },
      bctx(),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'The 10:00 Garden room session is pinned. Unpin it first.',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses every command for an event that does not exist', async () => {
    const db = await boardDb();
    const before = await snapshot(db);
    const result = await runBoardCommand(
      db,
      'gone',
      { type: 'topic.unplace', topicId: 't1' },
      bctx(),
    );
    expect(result).toEqual({ ok: false, reason: NO_EVENT });
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database unchanged when a write fails part-way through', async () => {
    const db = await boardDb();
    const before = await snapshot(db);
    const topicsPut = vi.spyOn(db.boardTopics, 'bulkPut');
    vi.spyOn(db.boardCells, 'bulkPut').mockRejectedValueOnce(new Error('The disk is full'));
    await expect(
      runBoardCommand(
        db,
        EV,
        { type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') },
        bctx(),
      ),
    ).rejects.toThrow('The disk is full');
    expect(topicsPut).toHaveBeenCalledTimes(1); // the topic was written before the cell failed
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes a tombstone for each deletion and clears it when the same id is put again', async () => {
    const db = await boardDb();
    const history = createBoardHistory(db, EV);
    await run(db, { type: 'topic.place', topicId: 't3', cell: cell('s2', 'garden') });
    await run(db, { type: 'topic.unplace', topicId: 't3' }); // leaves an empty cell record
    expect((await history.perform({ type: 'space.remove', spaceId: 'garden' }, bctx())).ok).toBe(
      true,
    );
    expect(await db.boardSpaces.get('garden')).toBeUndefined();
    expect(await db.tombstones.toArray()).toEqual([
      {
        id: 'garden',
        table: 'boardSpaces',
        deletedAt: '2026-11-22T10:00:00.000Z',
        deletedBy: 'Sam Facilitator',
      },
      {
        id: 's2|garden',
        table: 'boardCells',
        deletedAt: '2026-11-22T10:00:00.000Z',
        deletedBy: 'Sam Facilitator',
      },
    ]);
    expect((await history.undo(bctx())).ok).toBe(true);
    expect(await db.boardSpaces.get('garden')).toMatchObject({ name: 'Garden room', position: 1 });
    expect((await db.tombstones.toArray()).map((t) => t.id)).toEqual(['s2|garden']);
    await run(db, { type: 'topic.place', topicId: 't3', cell: cell('s2', 'garden') });
    expect(await db.tombstones.count()).toBe(0);
    const notes = { keyPoints: ['GPs need training'], actions: [], reporter: null };
    await run(db, { type: 'group.record', topicId: 't3', input: notes });
    await history.perform({ type: 'group.clear', topicId: 't3' }, bctx());
    expect(await db.tombstones.get('group|t3')).toMatchObject({ table: 'boardGroupRecords' });
    await history.undo(bctx());
    expect(await db.boardGroupRecords.get('group|t3')).toMatchObject({
      keyPoints: ['GPs need training'],
    });
    expect(await db.tombstones.count()).toBe(0);
  });
});

describe('reading only what a command needs', () => {
  it('decides every kind of command exactly as it would on the whole board', async () => {
    const db = await boardDb();
    await run(db, { type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') });
    await run(db, { type: 'person.move', slotId: 's1', personId: 'p-1', to: 't1' });
    await run(db, { type: 'person.move', slotId: 's2', personId: 'p-2', to: 'wandering' });
    const moved = await runBoardCommand(
      db,
      EV,
      { type: 'person.move', slotId: 's1', personId: 'p-2', to: 't1' },
      bctx(),
    );
    const guarded = moved.ok ? moved.inverse : undefined;
    const commands: BoardCommand[] = [
      { type: 'topic.place', topicId: 't2', cell: cell('s1', 'garden') },
      { type: 'topic.merge', keepId: 't2', duplicateId: 't1' },
      { type: 'person.move', slotId: 's1', personId: 'p-1', to: 'wandering' },
      { type: 'person.move', slotId: 's2', personId: 'p-2', to: 't1' },
      { type: 'space.remove', spaceId: 'hall' },
      { type: 'slot.remove', slotId: 's1' },
      { type: 'group.clear', topicId: 't1' },
      ...(guarded && 'type' in guarded ? [guarded] : []),
    ];
    expect(commands).toHaveLength(8);
    const fixed = { ...bctx(), newId: () => 'same-id' };
    await db.transaction('r', [...boardTables(db), db.attendance, db.people], async () => {
      const full = await readBoardState(db, EV);
      for (const command of commands) {
        const scoped = await readBoardState(db, EV, scopeOf(command));
        const decided = (state: typeof full) => {
          const result = applyCommand(state, command, fixed);
          return result.ok ? { changes: result.changes, inverse: result.inverse } : result;
        };
        expect(decided(scoped), command.type).toEqual(decided(full));
      }
    });
  });
});

describe('loadBoard', () => {
  it('reads the board with the checked-in people, A to Z, and step-free needs only with health consent', async () => {
    const db = await boardDb();
    await run(db, { type: 'topic.place', topicId: 't1', cell: cell('s1', 'garden') });
    await run(db, { type: 'person.move', slotId: 's1', personId: 'p-1', to: 't1' });
    await run(db, { type: 'person.move', slotId: 's1', personId: 'p-2', to: 't1' });
    // Checked in, then erased from the register: no longer anyone's chip.
    const erased = { eventId: EV, personId: 'p-9', status: 'checked-in', walkIn: true } as const;
    await db.attendance.add({
      ...ctx(),
      ...erased,
      id: 'a-p-9',
      createdAt: '',
      updatedAt: '',
      version: 1,
    });
    const loaded = await loadBoard(db, EV);
    if (!loaded) throw new Error('The board did not load.');
    expect(loaded.state.topics.t1?.status).toBe('placed');
    expect([...loaded.state.checkedIn].sort()).toEqual(['p-1', 'p-2']);
    expect(loaded.checkedIn).toEqual([
      { id: 'p-2', name: 'Amy Noconsent', checkedIn: true, needsStepFree: false },
      { id: 'p-1', name: 'Zed Step', checkedIn: true, needsStepFree: true },
    ]);
    expect(loaded.personName('nobody')).toBe(UNKNOWN_PERSON);
    const conflicts = findConflicts(loaded.state, loaded.conflictInputs);
    expect(conflicts.map((c) => c.kind)).toEqual(['step-free']);
    expect(conflicts[0]?.message).toContain('Zed Step needs step-free access');
    expect(await loadBoard(db, 'gone')).toBeUndefined();
  });
});
