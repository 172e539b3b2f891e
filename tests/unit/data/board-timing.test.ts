import { describe, expect, it } from 'vitest';
import { loadBoard, runBoardCommand } from '../../../src-renderer/data/board-commands';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { createEvent } from '../../../src-renderer/data/event-commands';
import { createTaskforce } from '../../../src-renderer/data/taskforce-commands';
import type { BoardCommand } from '../../../src-renderer/domain/board/commands';
import { emptyEventInput } from '../../../src-renderer/domain/event';
import { emptyPersonInput, personRecord } from '../../../src-renderer/domain/people/person';
import { emptyTaskforceInput } from '../../../src-renderer/domain/taskforce';
import { ctx, freshDb } from './fresh-db';
import { EV, bctx, cell, run, space, topic } from './board-fixture';

describe('timing: drops on a full board', () => {
  /** 6 slots × 6 spaces, 60 topics (36 placed), 150 people checked in, 900 moves logged. */
  async function fullBoard(): Promise<{ db: TwoFeetDb; slots: string[]; spaces: string[] }> {
    const db = freshDb();
    await createTaskforce(
      db,
      { ...emptyTaskforceInput(), name: 'Big', theme: 'Big' },
      ctx(),
      'tf-1',
    );
    await createEvent(
      db,
      { ...emptyEventInput('tf-1'), title: 'Big day', date: '2026-04-18', venueName: 'Hall' },
      ctx(),
      EV,
    );
    const slots = [10, 11, 12, 13, 14, 15].map((h) => `slot-${h}`);
    const spaces = ['A', 'B', 'C', 'D', 'E', 'F'].map((n) => `space-${n}`);
    for (const [i, slotId] of slots.entries()) {
      const input = {
        label: '',
        start: `${10 + i}:00`,
        end: `${11 + i}:00`,
        kind: 'session' as const,
      };
      await run(db, { type: 'slot.add', slotId, input });
    }
    for (const spaceId of spaces)
      await run(db, { type: 'space.add', spaceId, input: space(spaceId) });
    for (let t = 0; t < 60; t++)
      await run(db, { type: 'topic.add', topicId: `topic-${t}`, input: topic(`Topic ${t}`) });
    for (let t = 0; t < 36; t++) {
      const target = cell(slots[Math.floor(t / 6)] ?? '', spaces[t % 6] ?? '');
      await run(db, { type: 'topic.place', topicId: `topic-${t}`, cell: target });
    }
    const at = '2026-11-22T09:00:00.000Z';
    const meta = (id: string) => ({ id, createdAt: at, updatedAt: at, version: 1 });
    const people = Array.from({ length: 150 }, (_, i) => `person-${i}`);
    await db.people.bulkAdd(
      people.map((id, i) => personRecord({ ...emptyPersonInput(), name: `Person ${i}` }, meta(id))),
    );
    await db.attendance.bulkAdd(
      people.map((personId) => ({
        ...meta(`att-${personId}`),
        eventId: EV,
        personId,
        status: 'checked-in' as const,
        walkIn: false,
      })),
    );
    await db.boardMovements.bulkAdd(
      slots.flatMap((slotId, s) =>
        people.map((personId, p) => ({
          ...meta(`move-${s}-${p}`),
          eventId: EV,
          slotId,
          personId,
          from: null,
          to: `topic-${s * 6 + (p % 6)}`,
          at,
          by: 'Sam',
          seq: 1,
        })),
      ),
    );
    return { db, slots, spaces };
  }

  const percentile = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

  it('commits each of 100 drops well within 50 ms (median)', async () => {
    const { db, slots, spaces } = await fullBoard();
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const wall: number[] = [];
    const cpu: number[] = [];
    let placed = 0;
    for (let i = 0; i < 100; i++) {
      const command: BoardCommand = {
        type: 'topic.place',
        topicId: `topic-${random(60)}`,
        cell: cell(slots[random(6)] ?? '', spaces[random(6)] ?? ''),
      };
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const result = await runBoardCommand(db, EV, command, bctx());
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      if (result.ok) placed += 1;
    }
    const moves: number[] = [];
    let moved = 0;
    for (let i = 0; i < 50; i++) {
      const slotId = slots[random(6)] ?? '';
      const groups = await db.boardCells
        .filter((c) => c.slotId === slotId && c.topicId !== null)
        .toArray();
      const to = i % 5 === 4 ? 'wandering' : (groups[random(groups.length)]?.topicId ?? null);
      const personId = `person-${random(150)}`;
      const start = performance.now();
      const result = await runBoardCommand(
        db,
        EV,
        { type: 'person.move', slotId, personId, to },
        bctx(),
      );
      moves.push(performance.now() - start);
      if (result.ok) moved += 1;
    }
    const loads: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      await loadBoard(db, EV);
      loads.push(performance.now() - start);
    }
    loads.sort((a, b) => a - b);
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    moves.sort((a, b) => a - b);
    const figures = {
      drops: 100,
      committed: placed,
      wallMedianMs: +percentile(wall, 0.5).toFixed(2),
      wallP95Ms: +percentile(wall, 0.95).toFixed(2),
      cpuMedianMs: +percentile(cpu, 0.5).toFixed(2),
      cpuP95Ms: +percentile(cpu, 0.95).toFixed(2),
      personMoves: 50,
      personMovesCommitted: moved,
      personMoveMedianMs: +percentile(moves, 0.5).toFixed(2),
      personMoveP95Ms: +percentile(moves, 0.95).toFixed(2),
      loadBoardMedianMs: +percentile(loads, 0.5).toFixed(2),
    };
    console.log('board drop timing (fake-indexeddb):', JSON.stringify(figures));
    expect(placed).toBeGreaterThan(80);
    expect(figures.wallMedianMs).toBeLessThan(50);
    expect(figures.personMoveMedianMs).toBeLessThan(50);
    expect(moved).toBeGreaterThan(35);
    expect(await db.boardTopics.where('[eventId+status]').equals([EV, 'placed']).count()).toBe(36);
  }, 60_000);
});
