import type { BoardCommand, BoardContext } from '../../../../src-renderer/domain/board/commands';
import type { CellRef, SlotInput, SpaceInput } from '../../../../src-renderer/domain/board/grid';
import { applyCommand } from '../../../../src-renderer/domain/board/reducer';
import type { ApplyResult } from '../../../../src-renderer/domain/board/reducer';
import type { BoardState } from '../../../../src-renderer/domain/board/state';
import { emptyBoard } from '../../../../src-renderer/domain/board/state';
import type { Convener, TopicInput } from '../../../../src-renderer/domain/board/topics';

export const EVENT = 'event-1';

export const NAMES: Record<string, string> = {
  p1: 'Sam',
  p2: 'Alex',
  p3: 'Jo',
  p4: 'Priya',
  p5: 'Kofi',
  p6: 'Mei',
};

export const nameOf = (personId: string): string => NAMES[personId] ?? personId;

/**
 * A clock and id source for commands: each ctx() is one second after the last and each
 * newId() a fresh id, so runs are repeatable.
 */
export function testClock(startSeconds = 0) {
  let seconds = startSeconds;
  let ids = 0;
  return {
    ctx(actor = 'Facilitator'): BoardContext {
      const now = new Date(Date.UTC(2026, 10, 22, 10, 0, seconds++)).toISOString();
      return { now, actor, newId: () => `entry-${++ids}`, personName: nameOf };
    },
  };
}

export function person(personId: string): Convener {
  return { kind: 'person', personId };
}

export function topicInput(title: string, conveners: Convener[], tags: string[] = []): TopicInput {
  return { title, description: `About ${title}`, tags, conveners };
}

export function session(start: string, end: string, label = ''): SlotInput {
  return { label, start, end, kind: 'session' };
}

export function space(name: string, capacity: number, stepFree: boolean): SpaceInput {
  return {
    name,
    capacity,
    accessibility: { stepFree, hearingLoop: false, quiet: false },
    notes: '',
  };
}

export const S1: CellRef = { slotId: 's1', spaceId: 'hall' };

export function cell(slotId: string, spaceId: string): CellRef {
  return { slotId, spaceId };
}

export function ok(result: ApplyResult): Extract<ApplyResult, { ok: true }> {
  if (!result.ok) throw new Error(`Expected the command to apply, but: ${result.reason}`);
  return result;
}

export function reasonOf(result: ApplyResult): string {
  if (result.ok) throw new Error('Expected the command to be refused, but it applied');
  return result.reason;
}

/** Applies commands in turn, failing the test on any refusal. */
export function run(
  state: BoardState,
  commands: readonly BoardCommand[],
  clock = testClock(),
): BoardState {
  return commands.reduce(
    (current, command) => ok(applyCommand(current, command, clock.ctx())).state,
    state,
  );
}

/**
 * The board most tests start from: three sessions and a lunch break, a step-free hall for 30 and
 * a small garden room without step-free access, three topics in the queue, six people checked in.
 */
export function standardBoard(clock = testClock()): BoardState {
  return run(
    emptyBoard(EVENT, ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']),
    [
      { type: 'slot.add', slotId: 's1', input: session('10:00', '11:00') },
      { type: 'slot.add', slotId: 's2', input: session('11:00', '12:00') },
      {
        type: 'slot.add',
        slotId: 'lunch',
        input: { label: 'Lunch', start: '12:00', end: '12:45', kind: 'break' },
      },
      { type: 'slot.add', slotId: 's3', input: session('12:45', '13:45') },
      { type: 'space.add', spaceId: 'hall', input: space('Main hall', 30, true) },
      { type: 'space.add', spaceId: 'garden', input: space('Garden room', 3, false) },
      { type: 'topic.add', topicId: 'gp', input: topicInput('Access to GPs', [person('p1')]) },
      {
        type: 'topic.add',
        topicId: 'peer',
        input: topicInput('Peer support', [{ kind: 'name', name: 'Jo Bloggs' }]),
      },
      { type: 'topic.add', topicId: 'diag', input: topicInput('Diagnosis', [person('p2')]) },
    ],
    clock,
  );
}

/** Where every topic is: queue or cell id; merged topics are left out. */
export function whereTopics(state: BoardState): Record<string, string> {
  const where: Record<string, string> = {};
  for (const topic of Object.values(state.topics))
    if (topic.status === 'queued') where[topic.id] = 'queue';
  for (const [key, c] of Object.entries(state.cells)) if (c.topicId) where[c.topicId] = key;
  return where;
}

/** Deep-freezes a state so any mutation by the reducer throws. */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Set)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** mulberry32: a small seeded PRNG so that a failing random run can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
