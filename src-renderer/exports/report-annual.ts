import { formatLongDate } from '../domain/dates';
import { LADDER_LABELS } from '../domain/event';
import type { AnnualReport, ReportedAction } from '../domain/reports/annual-report';
import { cellLabel, suppressionNote } from '../domain/people/suppression';
import { finishPdf, startPdf } from './pdf';
import { section } from './report-kit';

export function doneText(action: ReportedAction): string {
  if (!action.done) return 'Not yet done';
  return `Done ${formatLongDate(action.done.doneOn)}: ${action.done.whatChanged}`;
}

/** The annual participation report, with its "you said, we did" table. */
export async function annualReportPdf(report: AnnualReport): Promise<Uint8Array> {
  const kit = await startPdf(
    `Participation report: ${report.period.label}`,
    'Patient and public voice: what involvement happened and what it changed',
    'landscape',
  );
  kit.table({
    theme: 'grid',
    head: [['Event', 'Taskforce', 'Date', 'Ladder of engagement', 'Checked in']],
    body: report.events.length
      ? report.events.map((e) => [
          e.title,
          e.taskforce,
          formatLongDate(e.date),
          e.rung,
          String(e.checkedIn),
        ])
      : [['No events in this period.', '', '', '', '']],
  });
  section(kit, 'Who was involved', {
    head: [['Measure', 'Number']],
    body: [
      ['Events', String(report.events.length)],
      ['Check-ins across all events', String(report.attendances)],
      ['Different people involved', String(report.people)],
      ...report.byRung.cells.map((cell) => [
        `Check-ins at ${LADDER_LABELS[cell.key].toLowerCase()} events`,
        cellLabel(cell, report.byRung.threshold),
      ]),
      [suppressionNote(report.byRung.threshold), ''],
    ],
  });
  // One block per thing raised, label beside text, so long wording wraps in one wide column.
  section(kit, 'You said, we did', {
    body: report.youSaid.length
      ? report.youSaid.flatMap((row) => [
          [
            {
              content: `You said (${row.event}): ${row.raised}`,
              colSpan: 2,
              styles: { fontStyle: 'bold' as const, fillColor: [235, 238, 241] as const },
            },
          ],
          ['We decided', row.decided.join('\n') || 'Not yet decided'],
          [
            'We did',
            row.actions.map((a) => `${a.what} (${a.who}) — ${doneText(a)}`).join('\n') ||
              'No actions agreed',
          ],
        ])
      : [['Nothing was raised in this period.', '']],
    columnStyles: { 0: { cellWidth: 35, fontStyle: 'bold' } },
  });
  return finishPdf(kit.doc);
}
