import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../../app/app-context';
import { NotFound } from '../../../app/NotFound';
import { routeHref } from '../../../app/routes';
import { loadTaskforceReport } from '../../../data/reports/taskforce-report-data';
import { formatLongDate, localDate } from '../../../domain/dates';
import { SUPPRESSION_NOTE, figureText, percentText } from '../../../exports/report-kit';
import { taskforceReportPdf } from '../../../exports/report-taskforce';
import { SaveReportButton } from '../event/SaveReportButton';
import { PriorityTable } from './PriorityTable';
import '../event/reports.css';

/** #/reports/taskforce/<taskforceId>: how a taskforce is getting on. */
export function TaskforceReportScreen({ taskforceId }: { taskforceId: string }) {
  const { db } = useApp();
  const today = localDate(new Date());
  const report = useLiveQuery(
    () => loadTaskforceReport(db, taskforceId, today),
    [db, taskforceId, today],
  );
  if (report === undefined) return <p aria-busy="true">Loading the report…</p>;
  if (report === null)
    return <NotFound what="Taskforce" backHref={routeHref('reports')} backLabel="All reports" />;
  return (
    <section aria-labelledby="taskforce-report-title">
      <p>
        <a href={routeHref('reports')}>← All reports</a>
      </p>
      <div className="page-header">
        <h1 id="taskforce-report-title">Taskforce progress: {report.name}</h1>
        <SaveReportButton
          fileName={['taskforce-progress', report.name, today]}
          make={() => taskforceReportPdf(report, today)}
        />
      </div>
      <h2>Meetings held</h2>
      {report.meetings.length === 0 ? (
        <p className="empty-state">No meetings held yet.</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Date</th>
              <th scope="col">Ladder of engagement</th>
              <th scope="col">Checked in</th>
            </tr>
          </thead>
          <tbody>
            {report.meetings.map((m) => (
              <tr key={`${m.date}|${m.title}`}>
                <th scope="row">{m.title}</th>
                <td>{formatLongDate(m.date)}</td>
                <td>{m.rung}</td>
                <td>{m.checkedIn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Membership over time</h2>
      {report.membership.length === 0 ? (
        <p className="empty-state">Nobody has joined yet.</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Joined</th>
              <th scope="col">Left</th>
              <th scope="col">Members at the end</th>
            </tr>
          </thead>
          <tbody>
            {report.membership.map((q) => (
              <tr key={q.quarter}>
                <th scope="row">{q.quarter}</th>
                <td>{q.joined}</td>
                <td>{q.left}</td>
                <td>{q.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PriorityTable report={report} />
      <h2>Lines of enquiry agreed</h2>
      {report.linesOfEnquiry.length === 0 ? (
        <p className="empty-state">None agreed yet.</p>
      ) : (
        <ul>
          {report.linesOfEnquiry.map((l) => (
            <li key={l.title}>
              {l.title}
              {l.agreedOn && `, agreed on ${formatLongDate(l.agreedOn)}`}
            </li>
          ))}
        </ul>
      )}
      <h2>Survey change</h2>
      {!report.change || report.change.measures.length === 0 ? (
        <p className="empty-state">No survey waves to compare yet.</p>
      ) : (
        <table className="report-table">
          <caption>
            {report.change.before} to {report.change.after}, the same people at both.{' '}
            {SUPPRESSION_NOTE}
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Pairs</th>
              <th scope="col">Change in mean</th>
              <th scope="col">Improved</th>
            </tr>
          </thead>
          <tbody>
            {report.change.measures.map((m) => (
              <tr key={m.instrumentId}>
                <th scope="row">{m.measure}</th>
                <td>{figureText(m.pairs)}</td>
                <td>{figureText(m.meanChange)}</td>
                <td>{percentText(m.improved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
