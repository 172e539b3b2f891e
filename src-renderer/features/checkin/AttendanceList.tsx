import { routeHref } from '../../app/routes';
import { displayName } from '../../domain/people/person';
import { fullNameIfNeeded, sharedNames } from './names';
import { type ListEntry, timeOfDay } from './use-attendance-data';

const BY_NAME = new Intl.Collator('en-GB');

/** Who came, by name, with the time they arrived. */
export function AttendanceList({ entries }: { entries: readonly ListEntry[] }) {
  const arrived = entries
    .filter((e) => e.attendance.status === 'checked-in')
    .sort(
      (a, b) =>
        BY_NAME.compare(displayName(a.person), displayName(b.person)) ||
        BY_NAME.compare(a.person.name, b.person.name),
    );
  const shared = sharedNames(arrived.map((e) => e.person));
  return (
    <section className="event-section" aria-labelledby="attendance-title">
      <h2 id="attendance-title">Attendance list</h2>
      {arrived.length === 0 ? (
        <p>Nobody has been checked in yet.</p>
      ) : (
        <table className="attendance-table">
          <caption className="visually-hidden">Checked in, by name</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Pronouns</th>
              <th scope="col">Arrived</th>
              <th scope="col">On the list?</th>
            </tr>
          </thead>
          <tbody>
            {arrived.map(({ person, attendance }) => {
              // A legal name only where two people here go by the same name.
              const full = fullNameIfNeeded(person, shared);
              return (
                <tr key={person.id}>
                  <td>
                    <a href={routeHref('people', person.id)}>{displayName(person)}</a>
                    {full && <span className="muted"> ({full})</span>}
                  </td>
                  <td>{person.pronouns}</td>
                  <td>{timeOfDay(attendance.checkedInAt)}</td>
                  <td>{attendance.walkIn ? 'Walk-in' : 'Yes'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
