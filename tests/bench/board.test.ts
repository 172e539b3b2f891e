import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { loadBoard } from '../../src-renderer/data/board-commands';
import { TwoFeetDb } from '../../src-renderer/data/db';
import { boardFromRecords, boardProblems } from '../../src-renderer/domain/board/state';
import { validateSlot, validateSpace } from '../../src-renderer/domain/board/grid';
import { validateTopic } from '../../src-renderer/domain/board/topics';
import { BOARD_SIZES, boardEvent, boardTables, generateBoard } from '../../tools/bench/data/board';
import { fingerprint, generateDataset } from '../../tools/bench/data/dataset';
import { Prng } from '../../tools/bench/data/prng';

describe("the benchmark's board", () => {
  const dataset = generateDataset();
  const event = boardEvent(dataset.events, dataset.today);
  const make = () =>
    generateBoard(new Prng('two-feet-bench-1').fork('board'), event, dataset.people);
  const board = make();

  it('is the same on every run, and has not changed', () => {
    const random = vi.spyOn(Math, 'random');
    expect(make()).toEqual(board);
    expect(random).not.toHaveBeenCalled();
    // Update on purpose only, and say that board results from before are not comparable.
    expect(fingerprint(board)).toBe('de84c08a4d3eb24b');
  });

  it('is a full board on an event held today: 6 × 6, 60 topics, 150 people checked in', () => {
    expect(event.date).toBe(dataset.today);
    expect(board.slots).toHaveLength(BOARD_SIZES.slots);
    expect(board.spaces).toHaveLength(BOARD_SIZES.spaces);
    expect(board.topics).toHaveLength(BOARD_SIZES.topics);
    expect(board.cells.filter((c) => c.topicId !== null)).toHaveLength(36);
    expect(board.attendance.filter((a) => a.status === 'checked-in')).toHaveLength(150);
    expect(board.movements).toHaveLength(150 * 6);
  });

  it('keeps every rule of a board, with valid records', () => {
    const state = boardFromRecords(
      event.id,
      { ...board, groupRecords: [] },
      board.people.map((p) => p.id),
    );
    expect(boardProblems(state)).toEqual([]);
    for (const slot of board.slots) {
      const others = board.slots.filter((s) => s !== slot);
      expect(validateSlot(slot, others).ok).toBe(true);
    }
    for (const space of board.spaces) {
      const others = board.spaces.filter((s) => s !== space);
      expect(validateSpace(space, others).ok).toBe(true);
    }
    for (const topic of board.topics) expect(validateTopic(topic).ok).toBe(true);
  });

  it('is read back by the app as stored, with every person checked in', async () => {
    const db = new TwoFeetDb(`bench-board-${Math.random().toString(36).slice(2)}`);
    await db.open();
    await db.events.put(event);
    for (const [name, rows] of Object.entries(boardTables(board))) {
      await db.table(name).bulkPut([...rows]);
    }
    const loaded = await loadBoard(db, event.id);
    expect(loaded?.checkedIn).toHaveLength(150);
    expect(Object.keys(loaded?.state.topics ?? {})).toHaveLength(60);
    expect(loaded?.state.movements).toHaveLength(900);
    db.close();
  });
});
