import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../../src-renderer/domain/board/conflicts';
import type { BoardState } from '../../../../src-renderer/domain/board/state';
import { cell, nameOf, person, run, standardBoard, testClock, topicInput } from './helpers';

const needsStepFree = new Map([['p4', true]]);
const inputs = { needsStepFree, nameOf };

function conflictsOf(state: BoardState): string[] {
  return findConflicts(state, inputs).map((c) => c.message);
}

describe('conflicts as they happen', () => {
  it('flags a convener in two places at once, and clears it when one topic moves', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        {
          type: 'topic.edit',
          topicId: 'diag',
          input: topicInput('Diagnosis', [person('p2'), person('p1')]),
        },
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'hall') },
      ],
      clock,
    );
    expect(conflictsOf(board)).toEqual([]);
    const clash = run(
      board,
      [{ type: 'topic.place', topicId: 'diag', cell: cell('s1', 'garden') }],
      clock,
    );
    const found = findConflicts(clash, inputs);
    expect(found).toEqual([
      {
        key: 'convener-clash|s1|person:p1',
        kind: 'convener-clash',
        slotId: 's1',
        topicIds: ['gp', 'diag'],
        personId: 'p1',
        message:
          "Sam is convening 2 topics at 10:00: 'Access to GPs' in Main hall and 'Diagnosis' in Garden room.",
      },
    ]);
    const cleared = run(
      clash,
      [{ type: 'topic.place', topicId: 'diag', cell: cell('s2', 'garden') }],
      clock,
    );
    expect(conflictsOf(cleared)).toEqual([]);
  });

  it('matches typed convener names whatever their case', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        {
          type: 'topic.edit',
          topicId: 'diag',
          input: topicInput('Diagnosis', [{ kind: 'name', name: 'jo  bloggs' }]),
        },
        { type: 'topic.place', topicId: 'peer', cell: cell('s2', 'hall') },
        { type: 'topic.place', topicId: 'diag', cell: cell('s2', 'garden') },
      ],
      clock,
    );
    expect(conflictsOf(board)).toEqual([
      "Jo Bloggs is convening 2 topics at 11:00: 'Peer support' in Main hall and 'Diagnosis' in Garden room.",
    ]);
  });

  it('flags a group larger than its space, and clears it when someone leaves', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'peer', cell: cell('s1', 'garden') },
        { type: 'person.move', slotId: 's1', personId: 'p1', to: 'peer' },
        { type: 'person.move', slotId: 's1', personId: 'p2', to: 'peer' },
        { type: 'person.move', slotId: 's1', personId: 'p3', to: 'peer' },
      ],
      clock,
    );
    expect(conflictsOf(board)).toEqual([]);
    const crowded = run(
      board,
      [{ type: 'person.move', slotId: 's1', personId: 'p5', to: 'peer' }],
      clock,
    );
    expect(findConflicts(crowded, inputs)).toEqual([
      {
        key: 'over-capacity|s1|peer',
        kind: 'over-capacity',
        slotId: 's1',
        topicIds: ['peer'],
        spaceId: 'garden',
        message: "'Peer support' at 10:00, Garden room has 4 people; Garden room holds 3.",
      },
    ]);
    const eased = run(
      crowded,
      [{ type: 'person.move', slotId: 's1', personId: 'p5', to: 'wandering' }],
      clock,
    );
    expect(conflictsOf(eased)).toEqual([]);
  });

  it('flags someone who needs step-free access in a space without it, and clears it on a swap', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'peer', cell: cell('s1', 'garden') },
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'hall') },
        { type: 'person.move', slotId: 's1', personId: 'p4', to: 'gp' },
      ],
      clock,
    );
    expect(conflictsOf(board)).toEqual([]);
    const moved = run(
      board,
      [{ type: 'person.move', slotId: 's1', personId: 'p4', to: 'peer' }],
      clock,
    );
    expect(findConflicts(moved, inputs)).toEqual([
      {
        key: 'step-free|s1|peer|p4',
        kind: 'step-free',
        slotId: 's1',
        topicIds: ['peer'],
        spaceId: 'garden',
        personId: 'p4',
        message:
          "Priya needs step-free access, but Garden room has none: they are in 'Peer support' at 10:00, Garden room.",
      },
    ]);
    // Swapping the rooms takes the group, and Priya with it, to the step-free hall.
    const swapped = run(
      moved,
      [{ type: 'cell.swap', a: cell('s1', 'hall'), b: cell('s1', 'garden') }],
      clock,
    );
    expect(conflictsOf(swapped)).toEqual([]);
  });

  it('can be asked about one slot only', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'peer', cell: cell('s2', 'garden') },
        { type: 'person.move', slotId: 's2', personId: 'p4', to: 'peer' },
      ],
      clock,
    );
    expect(findConflicts(board, inputs, 's1')).toEqual([]);
    expect(findConflicts(board, inputs, 's2').map((c) => c.kind)).toEqual(['step-free']);
  });
});
