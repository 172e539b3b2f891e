import { describe, expect, it } from 'vitest';
import { loadAnnualReport } from '../../../../src-renderer/data/reports/annual-report-data';
import { rowsOfEvents } from '../../../../src-renderer/data/rows-by-keys';
import { loadTaskforceReport } from '../../../../src-renderer/data/reports/taskforce-report-data';
import { loadChangeReport } from '../../../../src-renderer/data/surveys/queries';
import { loadPriorityHistory } from '../../../../src-renderer/data/voting/queries';
import { createdMeta } from '../../../../src-renderer/domain/record';
import { buildAnnualReport } from '../../../../src-renderer/domain/reports/annual-report';
import { parsePeriod } from '../../../../src-renderer/domain/reports/period';
import { buildTaskforceReport } from '../../../../src-renderer/domain/reports/taskforce-report';
import { DEFAULT_WAVE_SCHEDULE } from '../../../../src-renderer/domain/surveys/waves';
import type { Issue } from '../../../../src-renderer/domain/voting/issues';
import { NOW, came, event, groupRecord, taskforce, topic } from '../../domain/reports/fixtures';
import { freshDb } from '../fresh-db';

const period = parsePeriod('2026');
if (!period) throw new Error('period');

/** Two taskforces, events in and out of 2026 (stored out of id order), and what they raised. */
async function seeded() {
  const db = freshDb();
  const events = [
    event('ev-c', '2026-05-01', { ladderRung: 'involving' }),
    event('ev-a', '2026-02-01', { taskforceId: 'tf-2' }),
    event('ev-b', '2025-12-31'),
    event('ev-d', '2026-12-31', { taskforceId: 'tf-2', ladderRung: 'devolving' }),
  ];
  const people = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
  const issue: Issue = {
    ...createdMeta('is-1', NOW),
    taskforceId: 'tf-1',
    title: 'Access to GPs',
    description: '',
    sources: [{ kind: 'topic', topicId: 't-2', eventId: 'ev-c' }],
    status: 'open',
  };
  await db.taskforces.bulkAdd([taskforce(), taskforce('tf-2', 'Mental health')]);
  await db.events.bulkAdd(events);
  await db.attendance.bulkAdd(events.flatMap((e, i) => people.slice(i).map((p) => came(e.id, p))));
  await db.boardTopics.bulkAdd([
    topic('t-1', 'ev-d', 'Waiting rooms'),
    topic('t-2', 'ev-c', 'GP appointments'),
    topic('t-3', 'ev-c', 'Buses'),
    topic('t-4', 'ev-b', 'Too early'),
  ]);
  await db.boardGroupRecords.bulkAdd([groupRecord('t-2', 'ev-c', ['Write to the practice'])]);
  await db.issues.add(issue);
  return db;
}

describe('the report reads', () => {
  it('read the rows of many events in the order anyOf gives', async () => {
    const db = await seeded();
    const ids = ['ev-d', 'ev-a', 'ev-c', 'ev-a'];
    const expected = await db.attendance.where('eventId').anyOf(ids).toArray();
    expect(expected.length).toBeGreaterThan(0);
    expect(await rowsOfEvents(db.attendance, ids)).toEqual(expected);
    expect(await rowsOfEvents(db.attendance, [])).toEqual([]);
  });

  it('give the annual report the builder makes from every stored row', async () => {
    const db = await seeded();
    const report = await loadAnnualReport(db, period);
    expect(report).toEqual(
      buildAnnualReport({
        period,
        events: await db.events.toArray(),
        taskforces: await db.taskforces.toArray(),
        attendance: await db.attendance.toArray(),
        topics: await db.boardTopics.toArray(),
        groupRecords: await db.boardGroupRecords.toArray(),
        proposals: await db.proposals.toArray(),
        outcomes: await db.outcomes.toArray(),
        issues: await db.issues.toArray(),
        updates: await db.actionUpdates.toArray(),
      }),
    );
    expect(report.events.map((e) => [e.eventId, e.checkedIn])).toEqual([
      ['ev-a', 6],
      ['ev-c', 7],
      ['ev-d', 4],
    ]);
    expect(report.youSaid.map((r) => r.raised)).toEqual([
      'Buses',
      'GP appointments',
      'Waiting rooms',
    ]);
  });

  it('give the taskforce report the reads made one after another would give', async () => {
    const db = await seeded();
    const [baseline, followUp] = DEFAULT_WAVE_SCHEDULE.waves;
    if (!baseline || !followUp) throw new Error('waves');
    const { history, events } = await loadPriorityHistory(db, 'tf-1');
    const expected = buildTaskforceReport({
      taskforce: taskforce(),
      events,
      attendance: await db.attendance.toArray(),
      memberships: await db.memberships.toArray(),
      history,
      issues: await db.issues.where('taskforceId').equals('tf-1').toArray(),
      change: {
        before: baseline.label,
        after: followUp.label,
        measures: (
          await loadChangeReport(db, 'tf-1', {
            baselineWave: baseline.id,
            followUpWave: followUp.id,
          })
        ).changes,
      },
      today: '2026-06-01',
    });
    expect(await loadTaskforceReport(db, 'tf-1', '2026-06-01')).toEqual(expected);
    expect(expected.meetings.map((m) => [m.date, m.checkedIn])).toEqual([
      ['2025-12-31', 5],
      ['2026-05-01', 7],
    ]);
    expect(await loadTaskforceReport(db, 'tf-gone', '2026-06-01')).toBeNull();
  });
});
