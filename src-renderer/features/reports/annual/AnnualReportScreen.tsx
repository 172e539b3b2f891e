import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../../app/app-context';
import { NotFound } from '../../../app/NotFound';
import { routeHref } from '../../../app/routes';
import { loadAnnualReport } from '../../../data/reports/annual-report-data';
import { formatLongDate } from '../../../domain/dates';
import { LADDER_LABELS } from '../../../domain/event';
import { cellLabel, suppressionNote } from '../../../domain/people/suppression';
import { parsePeriod } from '../../../domain/reports/period';
import { annualReportPdf } from '../../../exports/report-annual';
import { SaveReportButton } from '../event/SaveReportButton';
import { YouSaidTable } from './YouSaidTable';
import '../event/reports.css';

/** #/reports/annual/<2026 or from_to>: every event, who was involved, and "you said, we did". */
export function AnnualReportScreen({ periodKey }: { periodKey: string }) {
  const { db } = useApp();
  const period = parsePeriod(periodKey);
  const report = useLiveQuery(async () => {
    const chosen = parsePeriod(periodKey);
    return chosen ? loadAnnualReport(db, chosen) : null;
  }, [db, periodKey]);
  if (!period)
    return <NotFound what="Period" backHref={routeHref('reports')} backLabel="All reports" />;
  if (!report) return <p aria-busy="true">Loading the report…</p>;
  return (
    <section aria-labelledby="annual-report-title">
      <p>
        <a href={routeHref('reports')}>← All reports</a>
      </p>
      <div className="page-header">
        <h1 id="annual-report-title">Participation report: {period.label}</h1>
        <SaveReportButton
          fileName={['participation-report', period.key]}
          make={() => annualReportPdf(report)}
        />
      </div>
      <h2>Events</h2>
      {report.events.length === 0 ? (
        <p className="empty-state">No events in this period.</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Taskforce</th>
              <th scope="col">Date</th>
              <th scope="col">Ladder of engagement</th>
              <th scope="col">Checked in</th>
            </tr>
          </thead>
          <tbody>
            {report.events.map((e) => (
              <tr key={e.eventId}>
                <th scope="row">
                  <a href={routeHref('reports', 'event', e.eventId)}>{e.title}</a>
                </th>
                <td>{e.taskforce}</td>
                <td>{formatLongDate(e.date)}</td>
                <td>{e.rung}</td>
                <td>{e.checkedIn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Who was involved</h2>
      <p>
        <strong>{report.attendances}</strong> check-ins by <strong>{report.people}</strong>{' '}
        different people.
      </p>
      <table className="report-table">
        <caption>Check-ins by rung of the ladder of engagement</caption>
        <tbody>
          {report.byRung.cells.map((cell) => (
            <tr key={cell.key}>
              <th scope="row">{LADDER_LABELS[cell.key]}</th>
              <td>{cellLabel(cell, report.byRung.threshold)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{suppressionNote(report.byRung.threshold)}</p>
      <h2>You said, we did</h2>
      <YouSaidTable rows={report.youSaid} />
    </section>
  );
}
