import { useMemo, useState } from 'react';
import type { Location } from '../../domain/board/movement';
import { WANDERING, compareEntries } from '../../domain/board/movement';
import { Pager, pageRangeText } from '../people/Pager';
import { NOWHERE_NAME, WANDERING_NAME } from './slot-places';
import { useBoardApi } from './use-board';

const PAGE = 15;

/** Who moved where and when during a slot, newest first: the data of the law of two feet. */
export function MovementLog({ slotId }: { slotId: string }) {
  const { loaded } = useBoardApi();
  const { state, personName } = loaded;
  const [page, setPage] = useState(0);
  const entries = useMemo(
    () => state.movements.filter((m) => m.slotId === slotId).sort((a, b) => compareEntries(b, a)),
    [state.movements, slotId],
  );
  const last = Math.max(0, Math.ceil(entries.length / PAGE) - 1);
  const current = Math.min(page, last);
  const shown = entries.slice(current * PAGE, (current + 1) * PAGE);
  const placeName = (location: Location) => {
    if (location === null) return NOWHERE_NAME;
    if (location === WANDERING) return WANDERING_NAME;
    return `'${state.topics[location]?.title ?? 'a topic no longer on the board'}'`;
  };
  return (
    <section aria-labelledby="movement-log-title" className="movement-log">
      <h3 id="movement-log-title">Movement log</h3>
      <p>{pageRangeText(current, entries.length, ['move', 'moves'], PAGE)}</p>
      {entries.length > 0 && (
        <table className="movement-log__table">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Person</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at}>{timeOf(entry.at)}</time>
                </td>
                <td>{personName(entry.personId)}</td>
                <td>{placeName(entry.from)}</td>
                <td>{placeName(entry.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        page={current}
        total={entries.length}
        label="Movement log pages"
        pageSize={PAGE}
        onPage={setPage}
      />
    </section>
  );
}

/** "14:05:09" in the laptop's time zone. */
function timeOf(instant: string): string {
  return new Date(instant).toLocaleTimeString('en-GB');
}
