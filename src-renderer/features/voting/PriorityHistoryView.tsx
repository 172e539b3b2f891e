import { useId } from 'react';
import { formatLongDate } from '../../domain/dates';
import { ISSUE_STATUS_LABELS } from '../../domain/voting/issues';
import type {
  IssuePriorityLine,
  PriorityHistory,
  PriorityPoint,
} from '../../domain/voting/priorities';
import { BumpChart } from './BumpChart';
import { rankText } from './ResultCharts';
import { plural } from './voting-text';

/**
 * How each issue's priority moved across the taskforce's meetings: a line per issue through
 * its rank at each meeting that held a prioritisation round, and the same figures as a table.
 */
export function PriorityHistoryView({ history }: { history: PriorityHistory }) {
  const tableId = useId();
  const columns = history.meetings
    .map((meeting, index) => ({ meeting, index }))
    .filter(({ meeting }) => meeting.roundId !== undefined);
  const lines = history.lines
    .map((line) => ({ ...line, points: columns.map(({ index }) => line.points[index] ?? null) }))
    .filter((line) => line.points.some((point) => point !== null));

  return (
    <section aria-labelledby="history-title" className="voting-section">
      <h2 id="history-title">How priorities moved</h2>
      {columns.length === 0 || lines.length === 0 ? (
        <p>
          No prioritisation results yet. Hold a prioritisation round at a meeting and reveal its
          results: each meeting’s ranking then appears here.
        </p>
      ) : (
        <>
          <p>
            Rank of each issue at the {plural(columns.length, 'meeting', 'meetings')} that held a
            prioritisation round (1st is the highest priority; “=” marks a tie or near-tie). The
            table after the chart gives the same figures.
          </p>
          <BumpChart
            columns={columns.map(({ meeting }) => meeting.title)}
            lines={lines}
            describedBy={tableId}
          />
          <div className="table-scroll">
            <table id={tableId} className="history-table">
              <caption>Rank of each issue at each meeting</caption>
              <thead>
                <tr>
                  <th scope="col">Issue</th>
                  {columns.map(({ meeting }) => (
                    <th scope="col" key={meeting.eventId}>
                      {meeting.title}
                      <span className="muted">
                        {' '}
                        {formatLongDate(meeting.date)}, {plural(meeting.voters, 'voter', 'voters')}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.issueId}>
                    <th scope="row">
                      {line.title}
                      <StatusNote line={line} />
                    </th>
                    {line.points.map((point, i) => (
                      <td key={columns[i]?.meeting.eventId ?? i}>
                        {cellText(point, i > 0 ? (line.points[i - 1] ?? null) : null)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function StatusNote({ line }: { line: IssuePriorityLine }) {
  const merged = line.mergedFrom.map((m) => `“${m.title}”`).join(', ');
  return (
    <>
      {line.status === 'line-of-enquiry' && (
        <span className="badge badge--issue-line-of-enquiry">
          {ISSUE_STATUS_LABELS['line-of-enquiry']}
        </span>
      )}
      {line.status === 'closed' && <span className="muted"> (closed)</span>}
      {merged && <span className="muted"> includes {merged}</span>}
    </>
  );
}

/** "=2nd, 7 dots, up 1". */
function cellText(point: PriorityPoint | null, before: PriorityPoint | null): string {
  if (!point) return 'Not on the ballot';
  const parts = [rankText(point), plural(point.dots, 'dot', 'dots')];
  if (before) {
    const moved = before.rank - point.rank;
    parts.push(moved > 0 ? `up ${moved}` : moved < 0 ? `down ${-moved}` : 'same rank');
  }
  return parts.join(', ');
}
