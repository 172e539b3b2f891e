import { describe, expect, it } from 'vitest';
import type { Membership } from '../../../../src-renderer/domain/people/membership';
import { createdMeta } from '../../../../src-renderer/domain/record';
import {
  buildTaskforceReport,
  membershipByQuarter,
  ordinal,
} from '../../../../src-renderer/domain/reports/taskforce-report';
import { NOW, came, event, taskforce } from './fixtures';

const member = (id: string, joinedOn: string, leftOn?: string): Membership => ({
  ...createdMeta(id, NOW),
  personId: id,
  taskforceId: 'tf-1',
  role: 'member',
  joinedOn,
  ...(leftOn ? { leftOn } : {}),
});

describe('the taskforce progress report', () => {
  it('counts joiners, leavers and members per quarter', () => {
    const rows = membershipByQuarter(
      [
        member('a', '2026-01-10'),
        member('b', '2026-02-01', '2026-05-01'),
        member('c', '2026-04-02'),
      ],
      '2026-07-15',
    );
    expect(rows).toEqual([
      { quarter: '2026 Q1', joined: 2, left: 0, members: 2 },
      { quarter: '2026 Q2', joined: 1, left: 1, members: 2 },
      { quarter: '2026 Q3', joined: 0, left: 0, members: 2 },
    ]);
  });

  it('lists only meetings held by today, with their attendance and priority places', () => {
    const report = buildTaskforceReport({
      taskforce: taskforce(),
      events: [event('e1', '2026-02-01'), event('e2', '2026-12-01')],
      attendance: [came('e1', 'a'), came('e1', 'b')],
      memberships: [],
      history: {
        meetings: [
          { eventId: 'e1', date: '2026-02-01', title: 'Event e1', voters: 2, dotsCast: 5 },
        ],
        lines: [
          {
            issueId: 'i1',
            title: 'Waiting times',
            status: 'open',
            mergedFrom: [],
            points: [{ rank: 2, tied: true, dots: 3, share: 0.6 }],
          },
        ],
      },
      issues: [],
      change: null,
      today: '2026-06-01',
    });
    expect(report.meetings).toEqual([
      { title: 'Event e1', date: '2026-02-01', rung: 'Involving', checkedIn: 2 },
    ]);
    expect(report.priorities[0]?.places).toEqual(['joint 2nd (3 dots)']);
    expect([1, 2, 3, 4, 11, 12, 21, 22].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '21st',
      '22nd',
    ]);
  });
});
