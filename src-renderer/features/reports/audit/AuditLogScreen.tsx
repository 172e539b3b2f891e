import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { routeHref } from '../../../app/routes';
import { DEFAULT_ACTOR, getFacilitatorName } from '../../../data/settings';
import { describeStorageError } from '../../../data/storage-errors';
import { auditLogCsv } from '../../../exports/audit-log-csv';
import { FILE_TYPES } from '../../../exports/file-types';
import { useAnnounce } from '../../../ui/Announcer';
import { SelectField, TextField } from '../../../ui/Field';
import { PAGE_SIZE, Pager, pageRangeText } from '../../people/Pager';
import { readableDateTime } from '../backups/restore-flow';
import { type AuditFilter, actionLabel, allMatching, auditActions, auditPage } from './audit-query';

/** #/reports/audit: who did what to the records that matter, newest first. */
export function AuditLogScreen() {
  const { db, platform } = useApp();
  const announce = useAnnounce();
  const [filter, setFilter] = useState<AuditFilter>({ action: '', from: '', to: '' });
  const [page, setPage] = useState(0);
  const actions = useLiveQuery(() => auditActions(db), [db], []);
  const result = useLiveQuery(() => auditPage(db, filter, page, PAGE_SIZE), [db, filter, page]);
  const facilitator = useLiveQuery(() => getFacilitatorName(db), [db]);

  function change(next: Partial<AuditFilter>) {
    setFilter((current) => ({ ...current, ...next }));
    setPage(0);
  }

  async function exportCsv() {
    try {
      const entries = await allMatching(db, filter);
      const saved = await platform.saveFile({
        suggestedName: `two-feet-audit-log-${new Date().toISOString().slice(0, 10)}.csv`,
        type: FILE_TYPES.csv,
        data: auditLogCsv(entries, actionLabel),
      });
      if (saved.saved) announce(`Audit log saved as ${saved.fileName}: ${entries.length} entries.`);
      else if (saved.error) announce(saved.error, 'error');
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  const range: [string, string] = ['entry', 'entries'];
  return (
    <section aria-labelledby="audit-title">
      <p>
        <a href={routeHref('reports')}>← Reports and records</a>
      </p>
      <div className="page-header">
        <h1 id="audit-title">Audit log</h1>
        <button type="button" className="button button--secondary" onClick={exportCsv}>
          Export as CSV
        </button>
      </div>
      <p>
        Who did what to the records that matter: consent given and withdrawn, votes entered on
        someone’s behalf, claim decisions, erasures and restores. Entries are never changed and hold
        no personal details.
      </p>
      {facilitator === DEFAULT_ACTOR && (
        <p className="notice notice--warning">
          Your name is not set, so what you do is logged as “{DEFAULT_ACTOR}”.{' '}
          <a href={routeHref('settings')}>Set your name in Settings</a>.
        </p>
      )}
      <div className="field-row" role="group" aria-label="Filter the log">
        <SelectField
          label="Kind"
          value={filter.action}
          options={[
            { value: '', label: 'Everything' },
            ...actions.map((action) => ({ value: action, label: actionLabel(action) })),
          ]}
          onChange={(action) => change({ action })}
        />
        <TextField
          label="From"
          type="date"
          value={filter.from}
          onChange={(from) => change({ from })}
        />
        <TextField label="To" type="date" value={filter.to} onChange={(to) => change({ to })} />
      </div>
      {!result ? (
        <p aria-busy="true">Loading the audit log…</p>
      ) : result.total === 0 ? (
        <p className="empty-state">
          {filter.action || filter.from || filter.to
            ? 'Nothing in the log matches these filters.'
            : 'Nothing has been logged yet.'}
        </p>
      ) : (
        <>
          <p>{pageRangeText(page, result.total, range)}</p>
          <table className="backup-table audit-table">
            <caption className="visually-hidden">Audit log entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {result.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{readableDateTime(entry.at)}</td>
                  <td>{entry.actor}</td>
                  <td>{actionLabel(entry.action)}</td>
                  <td>{entry.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} total={result.total} label="Audit log pages" onPage={setPage} />
        </>
      )}
    </section>
  );
}
