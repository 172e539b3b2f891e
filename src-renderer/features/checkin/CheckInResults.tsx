import { ATTENDANCE_LABELS, type CheckInRow } from '../../domain/people/attendance';
import { type Person, displayName } from '../../domain/people/person';
import { fullNameIfNeeded, nameToTellApart, sharedNames } from './names';
import { timeOfDay } from './use-attendance-data';

interface Props {
  rows: CheckInRow[];
  more: boolean;
  searching: boolean;
  /** The register search is behind the typing: more walk-in candidates may still come. */
  busy: boolean;
  query: string;
  onKeyDown: (event: React.KeyboardEvent) => void;
  onCheckIn: (person: Person) => void;
  onUndo: (person: Person) => void;
}

/** Large rows: the whole row checks the person in; arrows move between rows. */
export function CheckInResults(props: Props) {
  const { rows, searching, busy, query } = props;
  if (rows.length === 0) {
    return (
      <p className="checkin__empty" id="checkin-results" aria-busy={busy}>
        {busy
          ? 'Searching the register…'
          : searching
            ? `Nobody in the register matches “${query}”. If they are new, add them as a walk-in.`
            : 'Nobody is on the list for this event yet. Search for people to check them in, invite or register people below, or add a walk-in.'}
      </p>
    );
  }
  const shared = sharedNames(rows.map((row) => row.person));
  return (
    <>
      <p className="muted" id="checkin-results-summary">
        {searching ? 'Matches, people on the list first.' : 'Everyone on the list for this event.'}
      </p>
      <ul
        id="checkin-results"
        className="checkin-list"
        aria-labelledby="checkin-results-summary"
        aria-busy={busy}
        onKeyDown={props.onKeyDown}
      >
        {rows.map((row) => (
          <Row
            key={row.person.id}
            row={row}
            shared={shared}
            onCheckIn={props.onCheckIn}
            onUndo={props.onUndo}
          />
        ))}
      </ul>
      {props.more && (
        <p className="muted">Only the first 50 are shown. Type more of the name to find others.</p>
      )}
    </>
  );
}

function Row({
  row,
  shared,
  onCheckIn,
  onUndo,
}: { row: CheckInRow; shared: ReadonlySet<string> } & Pick<Props, 'onCheckIn' | 'onUndo'>) {
  const { person, attendance } = row;
  // The name they go by, large; a legal name only when two people shown go by the same name.
  const full = fullNameIfNeeded(person, shared);
  const details = (
    <span className="checkin-row__who">
      <span className="checkin-row__name">{displayName(person)}</span>
      {full && <span className="checkin-row__full">{full}</span>}
      {person.pronouns && <span className="checkin-row__pronouns">{person.pronouns}</span>}
    </span>
  );
  if (attendance?.status === 'checked-in') {
    return (
      <li className="checkin-row checkin-row--arrived">
        {details}
        <span className="checkin-row__state">
          <span aria-hidden="true">✓ </span>Checked in at {timeOfDay(attendance.checkedInAt)}
          {attendance.walkIn && ' (walk-in)'}
        </span>
        <button
          type="button"
          className="button button--secondary checkin-row__undo"
          data-row-action
          onClick={() => onUndo(person)}
        >
          Undo check-in
          <span className="visually-hidden"> for {nameToTellApart(person, shared)}</span>
        </button>
      </li>
    );
  }
  const state = attendance ? ATTENDANCE_LABELS[attendance.status] : 'Not on the list: walk-in';
  return (
    <li className="checkin-row">
      <button
        type="button"
        className="checkin-row__button"
        data-row-action
        onClick={() => onCheckIn(person)}
      >
        <span className="visually-hidden">Check in </span>
        {details}
        <span className="checkin-row__state">{state}</span>
        <span className="checkin-row__go" aria-hidden="true">
          Check in →
        </span>
      </button>
    </li>
  );
}
