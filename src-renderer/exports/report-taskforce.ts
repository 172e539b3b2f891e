import { formatLongDate } from '../domain/dates';
import type { TaskforceReport } from '../domain/reports/taskforce-report';
import { finishPdf, startPdf } from './pdf';
import { SUPPRESSION_NOTE, figureText, percentText, section } from './report-kit';

/** Progress of a taskforce: meetings, membership, priorities, lines of enquiry, change. */
export async function taskforceReportPdf(
  report: TaskforceReport,
  today: string,
): Promise<Uint8Array> {
  const kit = await startPdf(
    `Taskforce progress: ${report.name}`,
    `${report.theme} · as at ${formatLongDate(today)}`,
  );
  kit.table({
    theme: 'grid',
    head: [['Meeting', 'Date', 'Ladder of engagement', 'Checked in']],
    body: report.meetings.length
      ? report.meetings.map((m) => [m.title, formatLongDate(m.date), m.rung, String(m.checkedIn)])
      : [['No meetings held yet.', '', '', '']],
  });
  section(kit, 'Membership over time', {
    head: [['Quarter', 'Joined', 'Left', 'Members at the end']],
    body: report.membership.length
      ? report.membership.map((q) => [
          q.quarter,
          String(q.joined),
          String(q.left),
          String(q.members),
        ])
      : [['Nobody has joined yet.', '', '', '']],
  });
  section(kit, 'Issues and how their priority changed', {
    head: [['Issue', 'Status', ...report.priorityMeetings]],
    body: report.priorities.length
      ? report.priorities.map((p) => [p.issue, p.status, ...p.places])
      : [['No issues listed yet.', '', ...report.priorityMeetings.map(() => '')]],
  });
  section(kit, 'Lines of enquiry agreed', {
    head: [['Line of enquiry', 'Agreed on']],
    body: report.linesOfEnquiry.length
      ? report.linesOfEnquiry.map((l) => [l.title, l.agreedOn ? formatLongDate(l.agreedOn) : ''])
      : [['None agreed yet.', '']],
  });
  const change = report.change;
  section(kit, change ? `Survey change: ${change.before} to ${change.after}` : 'Survey change', {
    head: [['Measure', 'Pairs', 'Change in mean', 'Improved']],
    body: change?.measures.length
      ? [
          ...change.measures.map((m) => [
            m.measure,
            figureText(m.pairs),
            figureText(m.meanChange),
            percentText(m.improved),
          ]),
          [SUPPRESSION_NOTE, '', '', ''],
        ]
      : [['No survey waves to compare yet.', '', '', '']],
  });
  return finishPdf(kit.doc);
}
