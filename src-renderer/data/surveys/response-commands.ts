import { localDate } from '../../domain/dates';
import type { CommandContext } from '../../domain/record';
import { createdMeta } from '../../domain/record';
import type { Answers } from '../../domain/surveys/answers';
import { RESPONSE_ERROR_KEY, validateResponse } from '../../domain/surveys/response';
import { formVersionKey } from '../../domain/surveys/versioning';
import type { CommandResult } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';
import type { SurveyResponseRecord } from './records';
import { scheduleFor } from './schedule-commands';

export interface ResponseSubmission {
  formId: string;
  formVersion: number;
  answers: Answers;
  eventId: string;
  /** null for anonymous feedback; a survey needs the participant the facilitator chose. */
  participantId: string | null;
  /** '' for feedback; a survey needs one of the taskforce's waves. */
  waveId: string;
}

const FORM_GONE = 'This form is no longer on this laptop. Hand the laptop back to the facilitator.';
const EVENT_GONE =
  'This event is no longer on this laptop. Hand the laptop back to the facilitator.';

/**
 * Stores one person's answers, checked against the exact form version they were shown, as it
 * is stored (not as the screen holds it). Errors are keyed by question id, or "_form" for the
 * response as a whole. One transaction; nothing is written unless everything is right.
 */
export async function submitResponse(
  db: TwoFeetDb,
  input: ResponseSubmission,
  ctx: CommandContext,
  ids: () => string = newId,
): Promise<CommandResult<SurveyResponseRecord>> {
  const tables = [
    db.surveyFormVersions,
    db.events,
    db.people,
    db.surveySchedules,
    db.surveyResponses,
  ];
  return db.transaction('rw', tables, async () => {
    const version = await db.surveyFormVersions.get(
      formVersionKey(input.formId, input.formVersion),
    );
    if (!version) return { ok: false, conflict: FORM_GONE };
    const event = await db.events.get(input.eventId);
    if (!event) return { ok: false, conflict: EVENT_GONE };
    const checked = validateResponse(version, input);
    if (!checked.ok) return checked;
    const who = await checkWho(db, version.purpose, input, event.taskforceId);
    if (who) return { ok: false, errors: { [RESPONSE_ERROR_KEY]: who } };
    const record: SurveyResponseRecord = {
      ...createdMeta(ids(), ctx),
      formId: input.formId,
      formVersion: input.formVersion,
      answers: checked.value,
      eventId: event.id,
      taskforceId: event.taskforceId,
      participantId: version.purpose === 'survey' ? input.participantId : null,
      waveId: version.purpose === 'survey' ? input.waveId : '',
      completedOn: localDate(new Date(ctx.now)),
    };
    await db.surveyResponses.add(record);
    return { ok: true, value: record };
  });
}

async function checkWho(
  db: TwoFeetDb,
  purpose: 'feedback' | 'survey',
  input: ResponseSubmission,
  taskforceId: string,
): Promise<string | undefined> {
  if (purpose === 'feedback') {
    return input.participantId === null && input.waveId === ''
      ? undefined
      : 'Feedback is anonymous: it cannot be linked to a person or a survey wave.';
  }
  if (input.participantId === null || !(await db.people.get(input.participantId))) {
    return 'This survey is not linked to a participant. Hand the laptop back to the facilitator.';
  }
  const schedule = await scheduleFor(db, taskforceId);
  if (!schedule.waves.some((wave) => wave.id === input.waveId)) {
    return 'This survey is not linked to a wave. Hand the laptop back to the facilitator.';
  }
  return undefined;
}
