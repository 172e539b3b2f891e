import type { TaskforceReport } from '../../../domain/reports/taskforce-report';

/** Each issue's place at each prioritisation meeting, as a table (the figures, not a picture). */
export function PriorityTable({ report }: { report: TaskforceReport }) {
  return (
    <>
      <h2>Issues and how their priority changed</h2>
      {report.priorities.length === 0 ? (
        <p className="empty-state">No issues listed yet.</p>
      ) : (
        <table className="report-table">
          <caption>Place in each meeting’s dot vote</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Status</th>
              {report.priorityMeetings.map((m, i) => (
                <th scope="col" key={`${i}|${m}`}>
                  {m}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.priorities.map((p) => (
              <tr key={p.issue}>
                <th scope="row">{p.issue}</th>
                <td>{p.status}</td>
                {p.places.map((place, i) => (
                  <td key={i}>{place}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
