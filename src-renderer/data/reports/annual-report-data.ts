import type { AnnualReport } from '../../domain/reports/annual-report';
import { buildAnnualReport } from '../../domain/reports/annual-report';
import type { Period } from '../../domain/reports/period';
import type { TwoFeetDb } from '../db';

/** Every event in the period, through the date index, and what was raised, decided and done. */
export async function loadAnnualReport(db: TwoFeetDb, period: Period): Promise<AnnualReport> {
  const events = await db.events
    .where('date')
    .between(period.from, period.to, true, true)
    .toArray();
  const ids = events.map((e) => e.id);
  const byEvent = <T>(rows: Promise<T[]>) => (ids.length ? rows : Promise.resolve([]));
  const [taskforces, attendance, topics, groupRecords, proposals, updates] = await Promise.all([
    db.taskforces.bulkGet([...new Set(events.map((e) => e.taskforceId))]),
    byEvent(db.attendance.where('eventId').anyOf(ids).toArray()),
    byEvent(db.boardTopics.where('eventId').anyOf(ids).toArray()),
    byEvent(db.boardGroupRecords.where('eventId').anyOf(ids).toArray()),
    byEvent(db.proposals.where('eventId').anyOf(ids).toArray()),
    byEvent(db.actionUpdates.where('eventId').anyOf(ids).toArray()),
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
