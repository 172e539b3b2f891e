import { type Attendance, attendanceCounts } from '../../domain/people/attendance';

/** Live figures for the door: they change as people arrive. */
export function AttendanceCounts({
  records,
  eventId,
}: {
  records: readonly Attendance[];
  eventId: string;
}) {
  const counts = attendanceCounts(records, eventId);
  const items = [
    ['Invited', counts.invited],
    ['Registered', counts.registered],
    ['Checked in', counts.checkedIn],
    ['Walk-ins', counts.walkIns],
  ] as const;
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title" className="visually-hidden">
        Numbers
      </h2>
      <dl className="checkin-counts">
        {items.map(([label, value]) => (
          <div key={label} className="checkin-counts__item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Invited and registered count people not yet checked in; walk-ins are included in checked in.
      </p>
    </section>
  );
}
