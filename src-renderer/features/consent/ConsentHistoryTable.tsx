import type { ConsentRecord } from '../../domain/people/consent';
import { DECISION_LABELS, METHOD_LABELS, consentHistory } from '../../domain/people/consent';
import { PURPOSE_LABELS } from '../../domain/people/consent-purposes';
import { readableDateTime } from './consent-text';

/** Every consent record of one person, newest first: records are never edited, only added. */
export function ConsentHistoryTable({
  records,
  eventNames,
}: {
  records: readonly ConsentRecord[];
  eventNames: Readonly<Record<string, string>>;
}) {
  if (records.length === 0) return <p>No consent has been recorded for this person yet.</p>;
  return (
    <div className="data-table-wrap">
      <table className="data-table">
        <caption>Consent history</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Purpose</th>
            <th scope="col">Decision</th>
            <th scope="col">Version</th>
            <th scope="col">How</th>
            <th scope="col">Recorded by</th>
            <th scope="col">Event</th>
          </tr>
        </thead>
        <tbody>
          {consentHistory(records).map((record) => (
            <tr key={record.id}>
              <td>{readableDateTime(record.at)}</td>
              <td>{PURPOSE_LABELS[record.purpose]}</td>
              <td>{DECISION_LABELS[record.decision]}</td>
              <td>{record.formVersion}</td>
              <td>{METHOD_LABELS[record.method]}</td>
              <td>{record.recordedBy}</td>
              <td>{record.eventId ? (eventNames[record.eventId] ?? 'An event') : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
