import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { AuditLogScreen } from './audit/AuditLogScreen';
import { BackupsScreen } from './backups/BackupsScreen';
import './backups/backups.css';

/** The reports area; `rest` is what follows "#/reports/" in the address. */
export function ReportsArea({ rest }: { rest: string[] }) {
  const [screen] = rest;
  if (screen === undefined) return <ReportsHome />;
  if (screen === 'backups' && rest.length === 1) return <BackupsScreen />;
  if (screen === 'audit' && rest.length === 1) return <AuditLogScreen />;
  return (
    <NotFound what="Report" backHref={routeHref('reports')} backLabel="All reports and records" />
  );
}

/** What the reports area holds; event, taskforce and annual reports will join the list. */
function ReportsHome() {
  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">Reports and records</h1>
      <ul className="reports-list">
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
      <p className="muted">Event, taskforce and annual participation reports will be here too.</p>
    </section>
  );
}
