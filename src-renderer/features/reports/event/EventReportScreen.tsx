import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../../app/app-context';
import { NotFound } from '../../../app/NotFound';
import { routeHref } from '../../../app/routes';
import { loadEventReport } from '../../../data/reports/event-report-data';
import { formatLongDate } from '../../../domain/dates';
import { eventReportPdf } from '../../../exports/report-event';
import { DecisionsPreview, FeedbackPreview } from './EventReportParts';
import { SaveReportButton } from './SaveReportButton';
import './reports.css';

/** #/reports/event/<eventId>: the report of one event, on screen and as a PDF. */
export function EventReportScreen({ eventId }: { eventId: string }) {
  const { db } = useApp();
  const report = useLiveQuery(() => loadEventReport(db, eventId), [db, eventId]);
  if (report === undefined) return <p aria-busy="true">Loading the report…</p>;
  if (report === null)
    return <NotFound what="Event" backHref={routeHref('reports')} backLabel="All reports" />;
  return (
    <section aria-labelledby="event-report-title">
      <p>
        <a href={routeHref('reports')}>← All reports</a>
      </p>
      <div className="page-header">
        <h1 id="event-report-title">Event report: {report.title}</h1>
        <SaveReportButton
          fileName={['event-report', report.title, report.date]}
          make={() => eventReportPdf(report)}
        />
      </div>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {formatLongDate(report.date)}, {report.time}
        </dd>
        <dt>Venue</dt>
        <dd>{report.venue}</dd>
        <dt>Ladder of engagement</dt>
        <dd>{report.rung}</dd>
      </dl>
      <h2>Who came</h2>
      <p>
        <strong>{report.checkedIn}</strong> checked in ({report.walkIns} walk-ins);{' '}
        {report.notArrived} expected but did not come.
      </p>
      <p>
        Named with their consent: {report.attendees.names.join(', ') || 'nobody'}.{' '}
        {report.attendees.others > 0 &&
          `${report.attendees.others} more did not agree to be named.`}
      </p>
      <h2>Topics and groups</h2>
      {report.groups.length === 0 ? (
        <p className="empty-state">No groups were placed on the board.</p>
      ) : (
        <table className="report-table">
          <caption>Each group, with the people in it at the end of its slot and the moves</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Space</th>
              <th scope="col">Topic</th>
              <th scope="col">Convened by</th>
              <th scope="col">People</th>
              <th scope="col">Joined</th>
              <th scope="col">Left</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.map((g) => (
              <tr key={`${g.slot}|${g.space}`}>
                <td>{g.slot}</td>
                <td>{g.space}</td>
                <th scope="row">{g.topic}</th>
                <td>{g.conveners}</td>
                <td>{g.size}</td>
                <td>{g.joined}</td>
                <td>{g.left}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Outcomes and actions</h2>
      {report.outcomes.length === 0 ? (
        <p className="empty-state">No group notes were recorded.</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Key points</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {report.outcomes.map((o) => (
              <tr key={o.topic}>
                <th scope="row">{o.topic}</th>
                <td>
                  <ul>
                    {o.keyPoints.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ul>
                    {o.actions.map((a) => (
                      <li key={a.what}>
                        {a.what} — {a.who}
                        {a.byWhen && `, by ${formatLongDate(a.byWhen)}`}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DecisionsPreview decisions={report.decisions} />
      <FeedbackPreview feedback={report.feedback} />
    </section>
  );
}
