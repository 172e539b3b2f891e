import type { ChangeReportOptions, MeasureChange } from '../../domain/surveys/change-report';
import { changeReport } from '../../domain/surveys/change-report';
import { INSTRUMENTS } from '../../domain/surveys/instruments';
import type { FormLookup, FormVersion } from '../../domain/surveys/versioning';
import { lookupFrom } from '../../domain/surveys/versioning';
import type { CompletedWave, DueWave, TaskforceParticipant } from '../../domain/surveys/waves';
import { dueWaves } from '../../domain/surveys/waves';
import type { TwoFeetDb } from '../db';
import type { SurveyResponseRecord } from './records';
import { scheduleFor } from './schedule-commands';

/** Every stored version of the given forms, as the domain's lookup. */
export async function formLookupFor(
  db: TwoFeetDb,
  formIds: Iterable<string>,
): Promise<{ lookup: FormLookup; versions: FormVersion[] }> {
  const ids = [...new Set(formIds)];
  const versions = ids.length
    ? await db.surveyFormVersions.where('formId').anyOf(ids).toArray()
    : [];
  return { lookup: lookupFrom(versions), versions };
}

/** The survey responses of one taskforce: participants' answers, never anonymous feedback. */
export async function taskforceSurveyResponses(
  db: TwoFeetDb,
  taskforceId: string,
): Promise<SurveyResponseRecord[]> {
  const rows = await db.surveyResponses.where('taskforceId').equals(taskforceId).toArray();
  return rows.filter((row) => row.participantId !== null && row.waveId !== '');
}

export interface ChangeReportData {
  changes: MeasureChange[];
  responses: SurveyResponseRecord[];
  lookup: FormLookup;
}

/** Paired change on every measure for one taskforce, scored from the stored answers now. */
export async function loadChangeReport(
  db: TwoFeetDb,
  taskforceId: string,
  options: Pick<ChangeReportOptions, 'baselineWave' | 'followUpWave'>,
): Promise<ChangeReportData> {
  const responses = await taskforceSurveyResponses(db, taskforceId);
  const { lookup } = await formLookupFor(
    db,
    responses.map((r) => r.formId),
  );
  const waveResponses = responses.map((r) => ({ ...r, participantId: r.participantId ?? '' }));
  return { changes: changeReport(waveResponses, lookup, INSTRUMENTS, options), responses, lookup };
}

/** The taskforce's members as the wave rules need them: first joined, and left if not back. */
export async function taskforceParticipants(
  db: TwoFeetDb,
  taskforceId: string,
): Promise<TaskforceParticipant[]> {
  const memberships = await db.memberships.where('taskforceId').equals(taskforceId).toArray();
  const byPerson = new Map<string, TaskforceParticipant>();
  for (const m of memberships) {
    const known = byPerson.get(m.personId);
    const joinedOn = known && known.joinedOn < m.joinedOn ? known.joinedOn : m.joinedOn;
    const stillIn = m.leftOn === undefined || (known !== undefined && known.leftOn === undefined);
    const leftOn = stillIn ? undefined : latest(known?.leftOn, m.leftOn);
    byPerson.set(m.personId, {
      participantId: m.personId,
      joinedOn,
      ...(leftOn ? { leftOn } : {}),
    });
  }
  return [...byPerson.values()];
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/** Who should be asked for which wave on `today`. */
export async function loadDueWaves(
  db: TwoFeetDb,
  taskforceId: string,
  today: string,
): Promise<DueWave[]> {
  const [participants, responses, schedule] = await Promise.all([
    taskforceParticipants(db, taskforceId),
    taskforceSurveyResponses(db, taskforceId),
    scheduleFor(db, taskforceId),
  ]);
  const completed: CompletedWave[] = responses.map((r) => ({
    participantId: r.participantId ?? '',
    waveId: r.waveId,
    completedOn: r.completedOn,
  }));
  return dueWaves(participants, completed, today, schedule);
}
