import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../../src-renderer/domain/board/schedule';
import { cell, nameOf, person, run, standardBoard, testClock, topicInput } from './helpers';

describe('the printable schedule', () => {
  it('lays out slots by spaces with topics, conveners, pins, breaks and the queue', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        {
          type: 'topic.edit',
          topicId: 'gp',
          input: topicInput('Access to GPs', [person('p1'), { kind: 'name', name: 'Jo Bloggs' }]),
        },
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'garden') },
        { type: 'topic.place', topicId: 'peer', cell: cell('s2', 'hall') },
        { type: 'cell.pin', cell: cell('s2', 'hall') },
      ],
      clock,
    );
    const schedule = buildSchedule(board, nameOf);
    expect(schedule.columns).toEqual([
      { spaceId: 'hall', name: 'Main hall', details: 'Holds 30 · step-free' },
      { spaceId: 'garden', name: 'Garden room', details: 'Holds 3' },
    ]);
    expect(
      schedule.rows.map((row) => [row.times, row.label, row.kind, row.cells.map((c) => c.title)]),
    ).toEqual([
      ['10:00–11:00', '', 'session', ['', 'Access to GPs']],
      ['11:00–12:00', '', 'session', ['Peer support', '']],
      ['12:00–12:45', 'Lunch', 'break', []],
      ['12:45–13:45', '', 'session', ['', '']],
    ]);
    expect(schedule.rows[0]?.cells[1]).toEqual({
      spaceId: 'garden',
      title: 'Access to GPs',
      conveners: 'Sam and Jo Bloggs',
      pinned: false,
    });
    expect(schedule.rows[1]?.cells[0]?.pinned).toBe(true);
    expect(schedule.unplaced).toEqual([{ title: 'Diagnosis', conveners: 'Alex' }]);
  });
});
