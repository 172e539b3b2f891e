import type { MeasureChange } from '../domain/surveys/change-report';
import type { FeedbackSummary } from '../domain/surveys/feedback-summary';
import { findInstrument } from '../domain/surveys/instruments';
import type { Figure } from '../domain/surveys/figures';
import { SMALL_COUNT_THRESHOLD } from '../domain/surveys/figures';
import { finishPdf, startPdf } from './pdf';

const HIDDEN = `fewer than ${SMALL_COUNT_THRESHOLD}`;

function count(figure: Figure): string {
  return figure.status === 'shown' ? String(figure.value) : figure.status === 'none' ? '0' : HIDDEN;
}

function percent(figure: Figure): string {
  return figure.status === 'shown'
    ? `${Math.round(figure.value)}%`
    : figure.status === 'none'
      ? '–'
      : 'hidden';
}

function mean(figure: Figure, decimals: number, signed = false): string {
  if (figure.status !== 'shown') return figure.status === 'none' ? '–' : 'hidden';
  const text = figure.value.toFixed(Math.max(1, decimals));
  return signed && figure.value > 0 ? `+${text}` : text;
}

/** An event's feedback: counts, % agreeing, means and the answers typed, small counts hidden. */
export async function feedbackSummaryPdf(
  summary: FeedbackSummary,
  subtitle: string,
): Promise<Uint8Array> {
  const kit = await startPdf(`Feedback: ${summary.title}`, subtitle);
  kit.table({
    head: [['Responses', 'Note']],
    body: [
      [
        count(summary.respondents),
        `Figures resting on fewer than ${SMALL_COUNT_THRESHOLD} people are hidden.`,
      ],
    ],
  });
  for (const question of summary.questions) {
    const body: string[][] = [];
    if ('options' in question) {
      for (const option of question.options)
        body.push([option.label, count(option.count), percent(option.percent)]);
    }
    if (question.kind === 'agreement-scale')
      body.push(['Agreed or strongly agreed', '', percent(question.agreeing)]);
    if (question.kind === 'scale-0-10')
      body.push(['Average (0 to 10)', '', mean(question.mean, 1)]);
    if ('texts' in question) for (const text of question.texts) body.push([text, '', '']);
    body.push(['Preferred not to answer', count(question.declined), '']);
    kit.table({
      head: [[question.text, 'People', '%']],
      body,
      columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' } },
    });
  }
  return finishPdf(kit.doc);
}

/** Paired change per measure, as the screen's table. */
export async function changeReportPdf(
  changes: readonly MeasureChange[],
  taskforce: string,
  before: string,
  after: string,
): Promise<Uint8Array> {
  const kit = await startPdf(
    `Change over time: ${taskforce}`,
    `${before} to ${after}, same people at both`,
  );
  kit.table({
    head: [
      [
        'Measure',
        'Pairs',
        `Mean ${before}`,
        `Mean ${after}`,
        'Change',
        'Improved',
        'Threshold before → after',
      ],
    ],
    body: changes.map((c) => {
      const decimals = findInstrument(c.instrumentId)?.decimals ?? 1;
      return [
        c.measure,
        count(c.pairs),
        mean(c.meanBaseline, decimals),
        mean(c.meanFollowUp, decimals),
        mean(c.meanChange, decimals, true),
        percent(c.improved),
        c.threshold
          ? `${c.threshold.rule.label}: ${percent(c.threshold.before)} → ${percent(c.threshold.after)}`
          : '–',
      ];
    }),
  });
  return finishPdf(kit.doc);
}
