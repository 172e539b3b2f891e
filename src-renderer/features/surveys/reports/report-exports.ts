import { describeStorageError } from '../../../data/storage-errors';
import { formatLongDate } from '../../../domain/dates';
import type { TaskforceEvent } from '../../../domain/event';
import type { MeasureChange } from '../../../domain/surveys/change-report';
import type { FeedbackSummary } from '../../../domain/surveys/feedback-summary';
import { FILE_TYPES, safeFileName } from '../../../exports/file-types';
import { changeReportPdf, feedbackSummaryPdf } from '../../../exports/survey-pdf';
import type { Platform, SaveRequest } from '../../../platform/platform';

type Announce = (text: string, tone?: 'success' | 'error') => void;

async function save(platform: Platform, request: () => Promise<SaveRequest>, announce: Announce) {
  try {
    const outcome = await platform.saveFile(await request());
    if (outcome.saved) announce(`Saved ${outcome.fileName}.`);
    else if (outcome.error) announce(outcome.error, 'error');
  } catch (error) {
    announce(describeStorageError(error), 'error');
  }
}

export function saveFeedbackPdf(
  platform: Platform,
  summary: FeedbackSummary,
  event: TaskforceEvent,
  announce: Announce,
) {
  return save(
    platform,
    async () => ({
      suggestedName: `${safeFileName('feedback', event.title, event.date)}.pdf`,
      type: FILE_TYPES.pdf,
      data: await feedbackSummaryPdf(summary, `${event.title}, ${formatLongDate(event.date)}`),
    }),
    announce,
  );
}

export function saveChangePdf(
  platform: Platform,
  changes: MeasureChange[],
  taskforce: string,
  before: string,
  after: string,
  announce: Announce,
) {
  return save(
    platform,
    async () => ({
      suggestedName: `${safeFileName('survey-change', taskforce)}.pdf`,
      type: FILE_TYPES.pdf,
      data: await changeReportPdf(changes, taskforce, before, after),
    }),
    announce,
  );
}
