import type { Answers } from '../../domain/surveys/answers';
import type { FormPurpose } from '../../domain/surveys/form';
import type { FormVersion } from '../../domain/surveys/versioning';
import type { WaveSchedule } from '../../domain/surveys/waves';
import type { RecordMeta } from '../../domain/record';

/** One row per form: what the list shows and searches; the questions live in its versions. */
export interface SurveyFormRecord extends RecordMeta {
  title: string;
  purpose: FormPurpose;
  /** The newest version number: the one handed to participants and edited next. */
  latestVersion: number;
  /** Lower-case words of the title, indexed for search. */
  words: string[];
}

/** An immutable form version; id is formVersionKey(formId, version). */
export interface SurveyFormVersionRecord extends FormVersion {
  id: string;
}

/**
 * One person's answers to one form version. Feedback is anonymous (participantId null, waveId
 * ''); a survey response belongs to a participant and a wave of their taskforce.
 */
export interface SurveyResponseRecord extends RecordMeta {
  formId: string;
  formVersion: number;
  answers: Answers;
  eventId: string;
  taskforceId: string;
  participantId: string | null;
  waveId: string;
  /** "YYYY-MM-DD": the day it was handed in (the wave list and reports count days). */
  completedOn: string;
}

/** A taskforce's own survey waves, when it does not use the default (baseline, 6, 12 months). */
export interface SurveyScheduleRecord {
  taskforceId: string;
  schedule: WaveSchedule;
  updatedAt: string;
  updatedBy: string;
}
