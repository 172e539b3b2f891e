import { describe, expect, it } from 'vitest';
import type { BoardCommand } from '../../../../src-renderer/domain/board/commands';
import type { CellRef } from '../../../../src-renderer/domain/board/grid';
import { emptyHistory, perform, redo, undo } from '../../../../src-renderer/domain/board/history';
import type { BoardHistory } from '../../../../src-renderer/domain/board/history';
import type { BoardState } from '../../../../src-renderer/domain/board/state';
import { boardProblems, emptyBoard } from '../../../../src-renderer/domain/board/state';
import { survivingTopicId } from '../../../../src-renderer/domain/board/topics';
import { EVENT, person, prng, run, session, space, testClock, topicInput } from './helpers';

const TOPICS = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8'];
const SLOTS = ['a', 'b', 'lunch', 'c'];
const SPACES = ['x', 'y', 'z'];

function startingBoard(clock: ReturnType<typeof testClock>): BoardState {
  return run(
    emptyBoard(EVENT, ['p1', 'p2', 'p3']),
    [
      { type: 'slot.add', slotId: 'a', input: session('10:00', '11:00') },
      { type: 'slot.add', slotId: 'b', input: session('11:00', '12:00') },
      {
        type: 'slot.add',
        slotId: 'lunch',
        input: { label: 'Lunch', start: '12:00', end: '13:00', kind: 'break' },
      },
      { type: 'slot.add', slotId: 'c', input: session('13:00', '14:00') },
      ...SPACES.map((id): BoardCommand => ({
        type: 'space.add',
        spaceId: id,
        input: space(`Room ${id}`, 10, true),
      })),
      ...TOPICS.map((id, i): BoardCommand => ({
        type: 'topic.add',
        topicId: id,
        input: topicInput(`Topic ${id}`, [person(`p${(i % 3) + 1}`)]),
      })),
    ],
    clock,
  );
}

/**
 * What is wrong with where the topics are: each topic must be exactly once in the queue or the
 * cells, or merged into one that is. Plain code rather than one expect per topic, so that
 * tens of thousands of checks run in a second.
 */
function lostOrDoubled(state: BoardState): string[] {
  const problems = boardProblems(state);
  const ids = Object.keys(state.topics).sort();
  if (ids.join() !== [...TOPICS].sort().join()) problems.push(`topics are now ${ids.join()}`);
  const seen = new Map<string, number>();
  for (const topic of Object.values(state.topics))
    if (topic.status === 'queued') seen.set(topic.id, (seen.get(topic.id) ?? 0) + 1);
  for (const cell of Object.values(state.cells))
    if (cell.topicId) seen.set(cell.topicId, (seen.get(cell.topicId) ?? 0) + 1);
  for (const topic of Object.values(state.topics)) {
    if (topic.status !== 'merged') {
      if (seen.get(topic.id) !== 1)
        problems.push(`${topic.id} is seen ${seen.get(topic.id) ?? 0} times`);
      continue;
    }
    if (seen.has(topic.id)) problems.push(`merged ${topic.id} is still on the board`);
    const survivor = survivingTopicId(state.topics, topic.id);
    if (!survivor || seen.get(survivor) !== 1) problems.push(`merged ${topic.id} has no survivor`);
  }
  return problems;
}

function randomCommand(random: () => number): BoardCommand {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const anyCell = (): CellRef => ({ slotId: pick(SLOTS), spaceId: pick(SPACES) });
  const roll = random();
  if (roll < 0.35) return { type: 'topic.place', topicId: pick(TOPICS), cell: anyCell() };
  if (roll < 0.5) return { type: 'topic.unplace', topicId: pick(TOPICS) };
  if (roll < 0.62) return { type: 'cell.swap', a: anyCell(), b: anyCell() };
  if (roll < 0.72) return { type: 'cell.pin', cell: anyCell() };
  if (roll < 0.82) return { type: 'cell.unpin', cell: anyCell() };
  if (roll < 0.9) return { type: 'topic.merge', keepId: pick(TOPICS), duplicateId: pick(TOPICS) };
  return {
    type: 'person.move',
    slotId: pick(SLOTS),
    personId: pick(['p1', 'p2', 'p3']),
    to: pick([...TOPICS, 'wandering', null]),
  };
}

describe('never losing a topic', () => {
  it('keeps every topic exactly once over 300 random sequences of 80 commands, undos and redos', () => {
    let applied = 0;
    let refused = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = prng(seed);
      const clock = testClock();
      let state = startingBoard(clock);
      let history: BoardHistory = emptyHistory();
      for (let step = 0; step < 80; step++) {
        const roll = random();
        const result =
          roll < 0.15
            ? undo(history, state, clock.ctx())
            : roll < 0.22
              ? redo(history, state, clock.ctx())
              : perform(history, state, randomCommand(random), clock.ctx());
        history = result.history;
        if (result.ok) {
          state = result.state;
          applied++;
        } else {
          refused++;
        }
        const problems = lostOrDoubled(state);
        if (problems.length > 0)
          expect({ seed, step, problems }).toEqual({ seed, step, problems: [] });
      }
    }
    // Both paths were exercised many times, so the property says something.
    expect(applied).toBeGreaterThan(5000);
    expect(refused).toBeGreaterThan(2000);
  }, 60_000);

  it('keeps every topic exactly once when two devices act and undo on the same board', () => {
    for (let seed = 1000; seed < 1150; seed++) {
      const random = prng(seed);
      const clock = testClock();
      let state = startingBoard(clock);
      const histories: BoardHistory[] = [emptyHistory(), emptyHistory()];
      for (let step = 0; step < 80; step++) {
        const device = random() < 0.5 ? 0 : 1;
        const own = histories[device] ?? emptyHistory();
        const roll = random();
        const result =
          roll < 0.25
            ? undo(own, state, clock.ctx(`Device ${device}`))
            : roll < 0.3
              ? redo(own, state, clock.ctx(`Device ${device}`))
              : perform(own, state, randomCommand(random), clock.ctx(`Device ${device}`));
        histories[device] = result.history;
        if (result.ok) state = result.state;
        const problems = lostOrDoubled(state);
        if (problems.length > 0)
          expect({ seed, step, problems }).toEqual({ seed, step, problems: [] });
      }
    }
  }, 60_000);
});
