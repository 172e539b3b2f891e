import { describe, expect, it } from 'vitest';
import {
  announceCancel,
  announceDrop,
  announceOver,
  announcePersonDrop,
  announcePersonOver,
  announcePersonPickUp,
  announcePickUp,
  previewDrop,
} from '../../../../src-renderer/domain/board/announcements';
import { QUEUE, cellSpot } from '../../../../src-renderer/domain/board/placement';
import { cell, run, standardBoard, testClock } from './helpers';

const GARDEN_11 = { kind: 'cell', name: '11:00, Garden room' } as const;
const HALL_10 = { kind: 'cell', name: '10:00, Main hall' } as const;

describe('screen-reader announcements for dragging topics', () => {
  it('says what was picked up and from where', () => {
    expect(announcePickUp('Access to GPs', { kind: 'queue' })).toBe(
      'Picked up topic Access to GPs from the queue.',
    );
    expect(announcePickUp('Access to GPs', HALL_10)).toBe(
      'Picked up topic Access to GPs from 10:00, Main hall.',
    );
  });

  it('says what a drop will do before it happens', () => {
    const swap = {
      topic: 'Access to GPs',
      from: HALL_10,
      over: GARDEN_11,
      outcome: { kind: 'swap', other: 'Peer support', otherTo: HALL_10 },
    } as const;
    expect(announceOver(swap)).toBe(
      'Over 11:00, Garden room, which holds Peer support. Dropping will swap them.',
    );
    expect(
      announceOver({
        ...swap,
        from: { kind: 'queue' },
        outcome: { ...swap.outcome, otherTo: { kind: 'queue' } },
      }),
    ).toBe(
      'Over 11:00, Garden room, which holds Peer support. Dropping will put Peer support back in the queue.',
    );
    expect(
      announceOver({
        topic: 'Access to GPs',
        from: { kind: 'queue' },
        over: GARDEN_11,
        outcome: { kind: 'move' },
      }),
    ).toBe('Over 11:00, Garden room, which is empty. Dropping will place Access to GPs here.');
    expect(
      announceOver({
        topic: 'Access to GPs',
        from: HALL_10,
        over: { kind: 'queue' },
        outcome: { kind: 'move' },
      }),
    ).toBe('Over the queue. Dropping will move Access to GPs back to the queue.');
    expect(
      announceOver({
        topic: 'Access to GPs',
        from: HALL_10,
        over: null,
        outcome: { kind: 'none' },
      }),
    ).toBe('Access to GPs is not over a cell. Dropping now leaves it in 10:00, Main hall.');
  });

  it('says what happened on a drop, and on a cancel', () => {
    const preview = {
      topic: 'Access to GPs',
      from: HALL_10,
      over: GARDEN_11,
      outcome: { kind: 'swap', other: 'Peer support', otherTo: HALL_10 },
    } as const;
    expect(announceDrop(preview)).toBe(
      'Dropped Access to GPs in 11:00, Garden room. Peer support moved to 10:00, Main hall.',
    );
    expect(announceDrop({ ...preview, outcome: { kind: 'move' } })).toBe(
      'Dropped Access to GPs in 11:00, Garden room.',
    );
    expect(announceDrop({ ...preview, over: { kind: 'queue' }, outcome: { kind: 'move' } })).toBe(
      'Access to GPs moved back to the queue.',
    );
    expect(
      announceDrop({
        ...preview,
        outcome: {
          kind: 'refused',
          reason: 'The 11:00 Garden room session is pinned. Unpin it first.',
        },
      }),
    ).toBe('Access to GPs was not moved. The 11:00 Garden room session is pinned. Unpin it first.');
    expect(announceCancel('Access to GPs', { kind: 'queue' })).toBe(
      'Moving Access to GPs was cancelled. It stays in the queue.',
    );
  });

  it('previews a drag from the board with the same rules the reducer applies', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'hall') },
        { type: 'topic.place', topicId: 'peer', cell: cell('s2', 'garden') },
        { type: 'topic.place', topicId: 'diag', cell: cell('s2', 'hall') },
        { type: 'cell.pin', cell: cell('s2', 'hall') },
      ],
      clock,
    );
    expect(announceOver(previewDrop(board, 'gp', cellSpot(cell('s2', 'garden'))))).toBe(
      'Over 11:00, Garden room, which holds Peer support. Dropping will swap them.',
    );
    expect(announceOver(previewDrop(board, 'gp', cellSpot(cell('s2', 'hall'))))).toBe(
      'Over 11:00, Main hall. The 11:00 Main hall session is pinned. Unpin it first.',
    );
    expect(announceOver(previewDrop(board, 'gp', cellSpot(cell('lunch', 'hall'))))).toBe(
      'Over 12:00, Main hall. Lunch (12:00) is a break, so no topic can go there.',
    );
    expect(announceDrop(previewDrop(board, 'gp', QUEUE))).toBe(
      'Access to GPs moved back to the queue.',
    );
    expect(announceOver(previewDrop(board, 'gp', null))).toBe(
      'Access to GPs is not over a cell. Dropping now leaves it in 10:00, Main hall.',
    );
  });

  it('speaks about people moving between groups', () => {
    expect(announcePersonPickUp('Sam', 'Access to GPs')).toBe('Picked up Sam, in Access to GPs.');
    expect(announcePersonPickUp('Sam', null)).toBe('Picked up Sam.');
    expect(announcePersonOver('Sam', 'Peer support', 1)).toBe(
      'Over Peer support, with 1 person. Dropping will move Sam here.',
    );
    expect(announcePersonOver('Sam', 'Peer support', 4)).toBe(
      'Over Peer support, with 4 people. Dropping will move Sam here.',
    );
    expect(announcePersonDrop('Sam', 'wandering')).toBe('Sam moved to wandering.');
  });
});
