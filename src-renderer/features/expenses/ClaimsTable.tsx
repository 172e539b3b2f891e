import { routeHref } from '../../app/routes';
import type { QueueRow } from '../../data/expenses/queue';
import { CLAIM_STATUS_LABELS } from '../../domain/expenses/claim';
import { formatPence } from '../../domain/expenses/money';

/** One page of the queue: who, which event, where it is in the workflow, how much. */
export function ClaimsTable({ rows }: { rows: readonly QueueRow[] }) {
  return (
    <div className="table-scroll">
      <table className="expenses-table">
        <thead>
          <tr>
            <th scope="col">Claimant</th>
            <th scope="col">Event</th>
            <th scope="col">Event date</th>
            <th scope="col">Status</th>
            <th scope="col" className="number">
              Lines
            </th>
            <th scope="col" className="number">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.claim.id}>
              <th scope="row">
                <a href={routeHref('expenses', 'claims', row.claim.id)}>{row.claimantName}</a>
              </th>
              <td>{row.event.title}</td>
              <td>{row.eventDate}</td>
              <td>
                <span className={`badge claim-status claim-status--${row.claim.status}`}>
                  {CLAIM_STATUS_LABELS[row.claim.status]}
                </span>
              </td>
              <td className="number">{row.claim.lines.length}</td>
              <td className="number">{formatPence(row.totalPence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
