import { describe, expect, it } from 'vitest';
import { createdMeta } from '../../../../src-renderer/domain/record';
import { actionUpdate } from '../../../../src-renderer/domain/reports/action-update';
import type { AnnualReportInput } from '../../../../src-renderer/domain/reports/annual-report';
import { buildAnnualReport } from '../../../../src-renderer/domain/reports/annual-report';
import { parsePeriod } from '../../../../src-renderer/domain/reports/period';
import type { Issue } from '../../../../src-renderer/domain/voting/issues';
import type { DecisionOutcome } from '../../../../src-renderer/domain/voting/outcome';
import type { ProposalRecord } from '../../../../src-renderer/domain/voting/records';
import { NOW, came, event, groupRecord, taskforce, topic } from './fixtures';

const period = parsePeriod('2026');
if (!period) throw new Error('period');

const proposal: ProposalRecord = {
  ...createdMeta('pr-1', NOW),
  eventId: 'ev-in',
  taskforceId: 'tf-1',
  title: 'Evening GP clinics',
  text: '',
  source: { kind: 'group-outcome', groupId: 'group|t-gp' },
  status: 'decided',
  createdBy: NOW.actor,
};
const outcome: DecisionOutcome = {
  ...createdMeta('out-1', NOW),
  proposalId: 'pr-1',
  statement: 'Ask for evening clinics',
  dissent: '',
  decidedOn: '2026-03-01',
  reviewDate: '2026-09-01',
  roundIds: [],
  recordedBy: NOW.actor,
};
const issue: Issue = {
  ...createdMeta('is-1', NOW),
  taskforceId: 'tf-1',
  title: 'Access to GPs',
  description: '',
  sources: [{ kind: 'topic', topicId: 't-gp', eventId: 'ev-in' }],
  status: 'line-of-enquiry',
};

function input(overrides: Partial<AnnualReportInput> = {}): AnnualReportInput {
  return {
    period: period as NonNullable<typeof period>,
    events: [
      event('ev-in', '2026-03-01', { ladderRung: 'involving' }),
      event('ev-late', '2026-12-31', { ladderRung: 'informing' }),
      event('ev-out', '2027-01-01', { ladderRung: 'devolving' }),
    ],
    taskforces: [taskforce()],
    attendance: [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((p) => came('ev-in', p)),
      came('ev-late', 'a'),
      came('ev-out', 'z'),
    ],
    topics: [topic('t-gp', 'ev-in', 'GP appointments'), topic('t-out', 'ev-out', 'Out of period')],
    groupRecords: [groupRecord('t-gp', 'ev-in', ['Write to the practice', 'Survey waiting times'])],
    proposals: [proposal],
    outcomes: [outcome],
    issues: [issue],
    updates: [],
    ...overrides,
  };
}

describe('the annual participation report', () => {
  it('keeps only the events in the period, both ends included', () => {
    const report = buildAnnualReport(input());
    expect(report.events.map((e) => e.eventId)).toEqual(['ev-in', 'ev-late']);
    expect(report.attendances).toBe(7);
    expect(report.people).toBe(6);
    expect(report.youSaid.map((r) => r.raised)).toEqual(['GP appointments']);
  });

  it('suppresses small counts by rung', () => {
    const cells = buildAnnualReport(input()).byRung.cells;
    expect(cells.find((c) => c.key === 'informing')).toMatchObject({ suppressed: true });
    expect(cells.find((c) => c.key === 'involving')).toMatchObject({ suppressed: true });
    expect(cells.find((c) => c.key === 'devolving')).toEqual({
      key: 'devolving',
      suppressed: false,
      count: 0,
    });
  });

  it('links what was raised to what was decided and what was done, latest update winning', () => {
    const first = actionUpdate(
      {
        eventId: 'ev-in',
        topicId: 't-gp',
        action: 'Write to the practice',
        doneOn: '2026-04-01',
        whatChanged: 'Letter sent',
      },
      'u-1',
      NOW,
    );
    const later = actionUpdate(
      { ...first, whatChanged: 'Practice replied: evening clinics start in May' },
      'u-2',
      { ...NOW, now: '2026-05-01T10:00:00.000Z' },
    );
    const [row] = buildAnnualReport(input({ updates: [later, first] })).youSaid;
    expect(row?.decided).toEqual([
      'Decided: Ask for evening clinics',
      'Taken up as an issue: Access to GPs (Line of enquiry)',
    ]);
    expect(row?.actions.map((a) => [a.what, a.done?.whatChanged])).toEqual([
      ['Write to the practice', 'Practice replied: evening clinics start in May'],
      ['Survey waiting times', undefined],
    ]);
  });

  it('counts check-ins per event', () => {
    const report = buildAnnualReport(input());
    expect(report.events.map((e) => [e.eventId, e.checkedIn])).toEqual([
      ['ev-in', 6],
      ['ev-late', 1],
    ]);
  });

  it('names an issue once when raised at a topic and its group, in list order, never merged', () => {
    const both: Issue = {
      ...issue,
      id: 'is-0',
      title: 'Waiting times',
      status: 'open',
      sources: [
        { kind: 'group-outcome', groupId: 'group|t-gp', eventId: 'ev-in' },
        { kind: 'topic', topicId: 't-gp', eventId: 'ev-in' },
      ],
    };
    const merged: Issue = { ...issue, id: 'is-2', title: 'Old GP issue', status: 'merged' };
    const byTopic: ProposalRecord = {
      ...proposal,
      id: 'pr-0',
      source: { kind: 'topic', topicId: 't-gp' },
    };
    const [row] = buildAnnualReport(
      input({
        issues: [both, merged, issue],
        proposals: [proposal, byTopic],
        outcomes: [outcome, { ...outcome, id: 'out-0', proposalId: 'pr-0', statement: 'First' }],
      }),
    ).youSaid;
    expect(row?.decided).toEqual([
      'Decided: Ask for evening clinics',
      'Decided: First',
      'Taken up as an issue: Waiting times (Open)',
      'Taken up as an issue: Access to GPs (Line of enquiry)',
    ]);
  });

  it('reads periods from the address', () => {
    expect(parsePeriod('2026-04-01_2027-03-31')).toMatchObject({
      from: '2026-04-01',
      to: '2027-03-31',
    });
    expect(parsePeriod('2026-01-01_2026-12-31')?.label).toBe('2026');
    expect(parsePeriod('2027-03-31_2026-04-01')).toBeUndefined();
    expect(parsePeriod('last year')).toBeUndefined();
  });
});
