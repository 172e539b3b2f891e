import { useState } from 'react';
import type { ReportedAction, YouSaidRow } from '../../../domain/reports/annual-report';
import { doneText } from '../../../exports/report-annual';
import { PAGE_SIZE, Pager, lastPage, pageRangeText } from '../../people/Pager';
import { MarkDoneDialog } from './MarkDoneDialog';

/** "You said, we did": what was raised, what was decided and what was done, with marking done. */
export function YouSaidTable({ rows }: { rows: readonly YouSaidRow[] }) {
  const [marking, setMarking] = useState<ReportedAction | null>(null);
  const [page, setPage] = useState(0);
  const current = Math.min(page, lastPage(rows.length));
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  if (rows.length === 0)
    return <p className="empty-state">Nothing was raised at the events in this period.</p>;
  return (
    <>
      <p>{pageRangeText(current, rows.length, ['thing raised', 'things raised'])}</p>
      <table className="report-table">
        <caption>What was raised at each event, what was decided, and what was done</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">You said</th>
            <th scope="col">We decided</th>
            <th scope="col">We did</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key}>
              <td>{row.event}</td>
              <th scope="row">{row.raised}</th>
              <td>
                {row.decided.length === 0 ? (
                  'Not yet decided'
                ) : (
                  <ul>
                    {row.decided.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {row.actions.length === 0 ? (
                  'No actions agreed'
                ) : (
                  <ul>
                    {row.actions.map((a) => (
                      <li key={a.what}>
                        {a.what} ({a.who}) — {doneText(a)}{' '}
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => setMarking(a)}
                          aria-label={`${a.done ? 'Update' : 'Mark done'}: ${a.what}`}
                        >
                          {a.done ? 'Update' : 'Mark done'}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={current} total={rows.length} label="You said, we did pages" onPage={setPage} />
      {marking && <MarkDoneDialog action={marking} onClose={() => setMarking(null)} />}
    </>
  );
}
