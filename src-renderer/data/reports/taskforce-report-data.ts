import type { TaskforceReport } from '../../domain/reports/taskforce-report';
import { buildTaskforceReport } from '../../domain/reports/taskforce-report';
import type { TwoFeetDb } from '../db';
import { loadChangeReport } from '../surveys/queries';
import { scheduleFor } from '../surveys/schedule-commands';
import { loadPriorityHistory } from '../voting/queries';

/** A taskforce's progress: meetings, membership, priorities, lines of enquiry and change. */
export async function loadTaskforceReport(
  db: TwoFeetDb,
  taskforceId: string,
  today: string,
): Promise<TaskforceReport | null> {
  const taskforce = await db.taskforces.get(taskforceId);
  if (!taskforce) return null;
  const [{ history, events }, memberships, issues, schedule] = await Promise.all([
    loadPriorityHistory(db, taskforceId),
    db.memberships.where('taskforceId').equals(taskforceId).toArray(),
    db.issues.where('taskforceId').equals(taskforceId).toArray(),
    scheduleFor(db, taskforceId),
  ]);
  const attendance = events.length
    ? await db.attendance
        .where('eventId')
        .anyOf(events.map((e) => e.id))
        .toArray()
    : [];
  const [baseline, followUp] = schedule.waves;
  const change =
    baseline && followUp
      ? {
          before: baseline.label,
          after: followUp.label,
          measures: (
            await loadChangeReport(db, taskforceId, {
              baselineWave: baseline.id,
              followUpWave: followUp.id,
            })
          ).changes,
        }
      : null;
  return buildTaskforceReport({
    taskforce,
    events,
    attendance,
    memberships,
    history,
    issues,
    change,
    today,
  });
}
