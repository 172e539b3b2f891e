import type {
  SurveyFormRecord,
  SurveyFormVersionRecord,
  SurveyResponseRecord,
  SurveyScheduleRecord,
} from '../../../src-renderer/data/surveys/records';
import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import type { Answer } from '../../../src-renderer/domain/surveys/answers';
import {
  type FormDefinition,
  type Question,
  allQuestions,
  choiceOptions,
} from '../../../src-renderer/domain/surveys/form';
import {
  baselineSurveyTemplate,
  feedbackFormTemplate,
} from '../../../src-renderer/domain/surveys/templates';
import { createForm, formVersionKey } from '../../../src-renderer/domain/surveys/versioning';
import { DEFAULT_WAVE_SCHEDULE } from '../../../src-renderer/domain/surveys/waves';
import { searchWords } from '../../../src-renderer/domain/text';
import type { Taskforce } from '../../../src-renderer/domain/taskforce';
import { addDays } from './calendar';
import { apportion, type Prng } from './prng';

/**
 * Surveys (issue 6; issue 9: 20,000 responses): the baseline survey form and the feedback form
 * (version 1 each, made by the domain's createForm), each taskforce's wave schedule (the
 * default: baseline, 6 and 12 months), participants' baseline and 6-month follow-up responses
 * (every instrument answered, some items declined), and anonymous feedback at events held.
 * The first taskforce has 2,000 participants (4,000 responses): the surveys operation's report.
 */
export interface SurveysPlan {
  forms: SurveyFormRecord[];
  versions: SurveyFormVersionRecord[];
  schedules: SurveyScheduleRecord[];
  responses: SurveyResponseRecord[];
  /** The taskforce whose change report is measured, and its participants. */
  reportTaskforceId: string | null;
  reportParticipants: number;
}

export const SURVEY_FORM_ID = 'bench-baseline-survey';
export const FEEDBACK_FORM_ID = 'bench-feedback-form';
/** Participants of the measured taskforce (issue 6: the change report over 2,000 × 2 waves). */
const REPORT_PARTICIPANTS = 2_000;
/** The share of responses that are anonymous event feedback. */
const FEEDBACK_SHARE = 0.1;

function unwrap<T>(result: { ok: true; value: T } | { ok: false; errors: object }): T {
  if (!result.ok) throw new Error(`Bench survey data is invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}

function answer(p: Prng, question: Question, shift: number): Answer {
  if (p.chance(0.02) && question.allowDecline) return { kind: 'declined' };
  const options = choiceOptions(question);
  if (options && options.length > 0) {
    const index = Math.min(options.length - 1, Math.max(0, p.int(0, options.length - 1) + shift));
    const option = options[index] ?? options[0];
    return question.kind === 'multiple-choice'
      ? { kind: 'choices', optionIds: option ? [option.id] : [] }
      : { kind: 'choice', optionId: option?.id ?? '' };
  }
  if (question.kind === 'scale-0-10')
    return { kind: 'number', value: Math.min(10, p.int(3, 9) + shift) };
  return { kind: 'text', text: p.chance(0.5) ? 'More sessions in the evening, please.' : '' };
}

export function generateSurveys(
  p: Prng,
  taskforces: readonly Taskforce[],
  events: readonly TaskforceEvent[],
  personIds: readonly string[],
  total: number,
  today: string,
): SurveysPlan {
  const ctx = { now: '2026-01-05T10:00:00.000Z', actor: 'Bench facilitator' };
  const made = (id: string, definition: FormDefinition) => {
    const version = unwrap(createForm(id, definition, ctx));
    const form: SurveyFormRecord = {
      id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      version: 1,
      title: version.title,
      purpose: version.purpose,
      latestVersion: 1,
      words: searchWords(version.title),
    };
    return {
      form,
      version: { ...version, id: formVersionKey(id, 1) },
      questions: allQuestions(version),
    };
  };
  const survey = made(SURVEY_FORM_ID, baselineSurveyTemplate());
  const feedback = made(FEEDBACK_FORM_ID, feedbackFormTemplate());
  const schedules = taskforces.map((t) => ({
    taskforceId: t.id,
    schedule: DEFAULT_WAVE_SCHEDULE,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
  }));
  const held = events.filter((e) => e.date <= today);
  const responses: SurveyResponseRecord[] = [];
  const respond = (
    form: typeof survey,
    event: TaskforceEvent,
    participantId: string | null,
    waveId: string,
    completedOn: string,
    shift: number,
  ) => {
    const answers: Record<string, Answer> = {};
    for (const question of form.questions) answers[question.id] = answer(p, question, shift);
    responses.push({
      id: p.uuid(),
      createdAt: `${completedOn}T12:00:00.000Z`,
      updatedAt: `${completedOn}T12:00:00.000Z`,
      version: 1,
      formId: form.form.id,
      formVersion: 1,
      answers,
      eventId: event.id,
      taskforceId: event.taskforceId,
      participantId,
      waveId,
      completedOn,
    });
  };

  const feedbackCount = held.length > 0 ? Math.round(total * FEEDBACK_SHARE) : 0;
  const pairs = Math.floor((total - feedbackCount) / 2);
  const first = taskforces[0];
  const rest = taskforces.length - 1;
  const firstShare = Math.min(pairs, REPORT_PARTICIPANTS);
  const shares =
    rest > 0 ? [firstShare, ...apportion(pairs - firstShare, Array(rest).fill(1))] : [pairs];
  taskforces.forEach((taskforce, t) => {
    const own = held.filter((e) => e.taskforceId === taskforce.id);
    const fallback = held[0] ?? events[0];
    const participants = p.sample(personIds, Math.min(personIds.length, shares[t] ?? 0));
    // A taskforce with more participants than people: the rest are numbered participants.
    for (let i = participants.length; i < (shares[t] ?? 0); i++)
      participants.push(`participant-${t}-${i}`);
    for (const participantId of participants) {
      const event = own.length > 0 ? p.pick(own) : fallback;
      if (!event) return;
      const baseline = addDays(event.date, -p.int(200, 500));
      respond(survey, event, participantId, 'baseline', baseline, 0);
      respond(survey, event, participantId, 'month-6', addDays(baseline, 182 + p.int(-10, 20)), 1);
    }
  });
  for (let i = 0; i < feedbackCount; i++) {
    const event = p.pick(held);
    respond(feedback, event, null, '', event.date, 0);
  }
  return {
    forms: [survey.form, feedback.form],
    versions: [survey.version, feedback.version],
    schedules,
    responses,
    reportTaskforceId: first?.id ?? null,
    reportParticipants: firstShare,
  };
}
