import type { TwoFeetDb } from '../../data/db';
import { describeStorageError } from '../../data/storage-errors';
import { formLookupFor } from '../../data/surveys/queries';
import type { FormVersion } from '../../domain/surveys/versioning';
import { FILE_TYPES, safeFileName } from '../../exports/file-types';
import { surveyAnswersCsv } from '../../exports/survey-csv';
import type { Platform } from '../../platform/platform';

type Announce = (text: string, tone?: 'success' | 'error') => void;

/** Saves every answer to a form (all versions) as CSV, optionally only one taskforce's. */
export async function exportFormCsv(
  db: TwoFeetDb,
  platform: Platform,
  latest: FormVersion,
  announce: Announce,
  taskforceId?: string,
): Promise<void> {
  try {
    const all = await db.surveyResponses.where('formId').equals(latest.formId).toArray();
    const responses = taskforceId ? all.filter((r) => r.taskforceId === taskforceId) : all;
    const { lookup } = await formLookupFor(db, [latest.formId]);
    const data = surveyAnswersCsv(responses, lookup, latest);
    const outcome = await platform.saveFile({
      suggestedName: `${safeFileName(latest.title, 'answers')}.csv`,
      type: FILE_TYPES.csv,
      data,
    });
    if (outcome.saved) announce(`Saved ${responses.length} responses to ${outcome.fileName}.`);
    else if (outcome.error) announce(outcome.error, 'error');
  } catch (error) {
    announce(describeStorageError(error), 'error');
  }
}
