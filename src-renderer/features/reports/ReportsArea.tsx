import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { AuditLogScreen } from './audit/AuditLogScreen';
import { BackupsScreen } from './backups/BackupsScreen';
import { AnnualReportScreen } from './annual/AnnualReportScreen';
import { EventReportScreen } from './event/EventReportScreen';
import { ReportPickers } from './event/ReportPickers';
import { TaskforceReportScreen } from './taskforce/TaskforceReportScreen';
import './backups/backups.css';

/** The reports area; `rest` is what follows "#/reports/" in the address. */
export function ReportsArea({ rest }: { rest: string[] }) {
  const [screen] = rest;
  if (screen === undefined) return <ReportsHome />;
  if (screen === 'backups' && rest.length === 1) return <BackupsScreen />;
  if (screen === 'audit' && rest.length === 1) return <AuditLogScreen />;
  const [, id] = rest;
  if (id !== undefined && rest.length === 2) {
    if (screen === 'event') return <EventReportScreen eventId={id} />;
    if (screen === 'taskforce') return <TaskforceReportScreen taskforceId={id} />;
    if (screen === 'annual') return <AnnualReportScreen periodKey={id} />;
  }
  return (
    <NotFound what="Report" backHref={routeHref('reports')} backLabel="All reports and records" />
  );
}

/** What the reports area holds: the event, taskforce and annual reports, backups, the audit log. */
function ReportsHome() {
  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">Reports and records</h1>
      <ul className="reports-list">
        <ReportPickers />
        <li>
          <h2>
            <a href={routeHref('reports', 'backups')}>Backups</a>
          </h2>
          <p>Save a backup of everything, restore one, and see the automatic backups.</p>
        </li>
        <li>
          <h2>
            <a href={routeHref('reports', 'audit')}>Audit log</a>
          </h2>
          <p>Who did what to the records that matter, such as consent and erasures.</p>
        </li>
      </ul>
    </section>
  );
}
