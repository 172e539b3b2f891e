import { formatLongDate } from '../domain/dates';
import type { EventReport } from '../domain/reports/event-report';
import type { FeedbackSummary } from '../domain/surveys/feedback-summary';
import { finishPdf, startPdf } from './pdf';
import type { PdfKit } from './pdf';
import { SUPPRESSION_NOTE, figureText, percentText, section } from './report-kit';

/** The event report: the event, who came, the groups, their outcomes, decisions and feedback. */
export async function eventReportPdf(report: EventReport): Promise<Uint8Array> {
  const kit = await startPdf(
    `Event report: ${report.title}`,
    `${report.taskforceName} · ${formatLongDate(report.date)}`,
  );
  kit.table({
    theme: 'grid',
    body: [
      ['Date', `${formatLongDate(report.date)}, ${report.time}`],
      ['Venue', report.venue],
      ['Ladder of engagement', report.rung],
    ],
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold' } },
  });
  section(kit, 'Who came', {
    body: [
      ['Checked in', String(report.checkedIn)],
      ['Of whom walk-ins', String(report.walkIns)],
      ['Expected but did not come', String(report.notArrived)],
      ['Named with their consent', report.attendees.names.join(', ') || 'Nobody'],
      ['Not named (no consent)', String(report.attendees.others)],
    ],
    columnStyles: { 0: { cellWidth: 70, fontStyle: 'bold' } },
  });
  section(kit, 'Topics and groups', {
    head: [['Time', 'Space', 'Topic', 'Convened by', 'People', 'Joined', 'Left']],
    body: report.groups.length
      ? report.groups.map((g) => [
          g.slot,
          g.space,
          g.topic,
          g.conveners,
          String(g.size),
          String(g.joined),
          String(g.left),
        ])
      : [['No groups were placed on the board.', '', '', '', '', '', '']],
  });
  section(kit, 'Outcomes and actions', {
    head: [['Group', 'Key points', 'Actions (what, who, by when)']],
    body: report.outcomes.length
      ? report.outcomes.map((o) => [
          o.topic,
          o.keyPoints.join('\n'),
          o.actions
            .map((a) => `${a.what} — ${a.who}${a.byWhen ? `, by ${formatLongDate(a.byWhen)}` : ''}`)
            .join('\n'),
        ])
      : [['No group notes were recorded.', '', '']],
  });
  for (const decision of report.decisions) {
    section(kit, `Decision: ${decision.title}`, {
      head: [['Round', 'Method', 'Votes', 'Result', 'Concerns']],
      body: decision.rounds.map((r) => [
        String(r.number),
        `${r.method}${r.anonymous ? ' (anonymous)' : ''}\n${r.rule}`,
        String(r.voters),
        r.result,
        r.concerns.map((c) => c.concern).join('\n'),
      ]),
    });
    kit.table({
      theme: 'grid',
      startY: kit.lastTableEnd() + 2,
      body: [
        ['Outcome', decision.statement],
        ['Dissent noted', decision.dissent || 'None recorded.'],
        ['Review date', formatLongDate(decision.reviewDate)],
      ],
      columnStyles: { 0: { cellWidth: 40, fontStyle: 'bold' } },
    });
  }
  if (report.decisions.length === 0)
    section(kit, 'Decisions', { body: [['No decisions were recorded at this event.']] });
  feedbackSections(kit, report.feedback);
  return finishPdf(kit.doc);
}

function feedbackSections(kit: PdfKit, feedback: readonly FeedbackSummary[]) {
  if (feedback.length === 0) {
    section(kit, 'Feedback', { body: [['No feedback was given at this event.']] });
    return;
  }
  for (const summary of feedback) {
    section(kit, `Feedback: ${summary.title}`, {
      body: [
        ['Responses', figureText(summary.respondents)],
        [SUPPRESSION_NOTE, ''],
      ],
      columnStyles: { 0: { fontStyle: 'bold' } },
    });
    for (const question of summary.questions) {
      const body: string[][] = [];
      if ('options' in question)
        for (const option of question.options)
          body.push([option.label, figureText(option.count), percentText(option.percent)]);
      if ('texts' in question) for (const text of question.texts) body.push([text, '', '']);
      kit.table({
        theme: 'grid',
        startY: kit.lastTableEnd() + 4,
        head: [[question.text, 'People', '%']],
        body,
      });
    }
  }
}
