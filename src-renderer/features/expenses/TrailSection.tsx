import type { StoredClaim } from '../../data/expenses/records';
import { shortDateTime, trailStep } from '../../exports/expense-text';

/** Who moved the claim on, when, and why: the approval trail. */
export function TrailSection({ claim }: { claim: StoredClaim }) {
  return (
    <section aria-labelledby="trail-title" className="settings-block">
      <h2 id="trail-title">Approval trail</h2>
      {claim.trail.length === 0 ? (
        <p>Not submitted yet. Started by {claim.createdBy}.</p>
      ) : (
        <table className="expenses-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Change</th>
              <th scope="col">By</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {claim.trail.map((entry, i) => (
              <tr key={`${entry.at}-${i}`}>
                <td>{shortDateTime(entry.at)}</td>
                <td>{trailStep(entry)}</td>
                <td>{entry.by}</td>
                <td>{entry.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
