import type { MeasureChange } from '../../domain/surveys/change-report';
import type { TaskforceReport } from '../../domain/reports/taskforce-report';
import { buildTaskforceReport } from '../../domain/reports/taskforce-report';
import type { TwoFeetDb } from '../db';
import { loadChangeReport } from '../surveys/queries';
import { scheduleFor } from '../surveys/schedule-commands';
import { loadPriorityHistory } from '../voting/queries';
import { rowsOfEvents } from '../rows-by-keys';

/**
 * A taskforce's progress: meetings, membership, priorities, lines of enquiry and change. The
 * reads do not depend on one another, so they all run at once.
 */
export async function loadTaskforceReport(
  db: TwoFeetDb,
  taskforceId: string,
  today: string,
): Promise<TaskforceReport | null> {
  const [taskforce, { history, events }, memberships, issues, attendance, change] =
    await Promise.all([
      db.taskforces.get(taskforceId),
      loadPriorityHistory(db, taskforceId),
      db.memberships.where('taskforceId').equals(taskforceId).toArray(),
      db.issues.where('taskforceId').equals(taskforceId).toArray(),
      db.events
        .where('taskforceId')
        .equals(taskforceId)
        .primaryKeys()
        .then((ids) => rowsOfEvents(db.attendance, ids)),
      surveyChange(db, taskforceId),
    ]);
  if (!taskforce) return null;
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

/** The change from the first survey wave to the second; null without two waves. */
async function surveyChange(
  db: TwoFeetDb,
  taskforceId: string,
): Promise<{ before: string; after: string; measures: MeasureChange[] } | null> {
  const [baseline, followUp] = (await scheduleFor(db, taskforceId)).waves;
  if (!baseline || !followUp) return null;
  const { changes } = await loadChangeReport(db, taskforceId, {
    baselineWave: baseline.id,
    followUpWave: followUp.id,
  });
  return { before: baseline.label, after: followUp.label, measures: changes };
}
