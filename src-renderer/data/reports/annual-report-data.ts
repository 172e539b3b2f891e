import type { AnnualReport } from '../../domain/reports/annual-report';
import { buildAnnualReport } from '../../domain/reports/annual-report';
import type { Period } from '../../domain/reports/period';
import type { TwoFeetDb } from '../db';
import { rowsOfEvents } from '../rows-by-keys';

/** Every event in the period, through the date index, and what was raised, decided and done. */
export async function loadAnnualReport(db: TwoFeetDb, period: Period): Promise<AnnualReport> {
  const events = await db.events
    .where('date')
    .between(period.from, period.to, true, true)
    .toArray();
  const ids = events.map((e) => e.id);
  const [taskforces, attendance, topics, groupRecords, proposals, updates] = await Promise.all([
    db.taskforces.bulkGet([...new Set(events.map((e) => e.taskforceId))]),
    rowsOfEvents(db.attendance, ids),
    rowsOfEvents(db.boardTopics, ids),
    rowsOfEvents(db.boardGroupRecords, ids),
    rowsOfEvents(db.proposals, ids),
    rowsOfEvents(db.actionUpdates, ids),
  ]);
  const present = taskforces.flatMap((t) => (t ? [t] : []));
  const [outcomes, issues] = await Promise.all([
    proposals.length
      ? db.outcomes
          .where('proposalId')
          .anyOf(proposals.map((p) => p.id))
          .toArray()
      : [],
    present.length
      ? db.issues
          .where('taskforceId')
          .anyOf(present.map((t) => t.id))
          .toArray()
      : [],
  ]);
  return buildAnnualReport({
    period,
    events,
    taskforces: present,
    attendance,
    topics,
    groupRecords,
    proposals,
    outcomes,
    issues,
    updates,
  });
}
