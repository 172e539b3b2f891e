import type { VoteEntry } from '../../data/voting/queries';
import {
  CONSENT_LABELS,
  FIST_LABELS,
  GRADIENT_LABELS,
  THUMB_LABELS,
  fistName,
} from '../../domain/voting/methods';
import type { Round } from '../../domain/voting/round';
import type { VoteValue } from '../../domain/voting/vote-value';
import { compareLabels } from '../../domain/voting/wording';

interface Props {
  round: Round;
  entries: readonly VoteEntry[];
  names: ReadonlyMap<string, string>;
  /** Named rounds whose result may be shown: otherwise a vote's value would give it away. */
  showValues: boolean;
}

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * Who voted, and whose vote was entered on their behalf and by whom. Values only in a named
 * round whose result is visible; an anonymous round keeps who voted, never how.
 */
export function VoteRecords({ round, entries, names, showValues }: Props) {
  if (entries.length === 0) return null;
  const rows = entries
    .map((entry) => ({ entry, name: names.get(entry.personId) ?? 'Someone no longer checked in' }))
    .sort((a, b) => compareLabels(a.name, b.name));
  const values = showValues && !round.anonymous;
  return (
    <details className="vote-records">
      <summary>
        Votes recorded in round {round.number} ({entries.length})
      </summary>
      {round.anonymous && <p>This round is anonymous: it keeps who voted, never how.</p>}
      <div className="table-scroll">
        <table className="history-table">
          <caption>Who voted in round {round.number}</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              {values && <th scope="col">Vote</th>}
              <th scope="col">Entered</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, name }) => (
              <tr key={entry.personId}>
                <th scope="row">{name}</th>
                {values && <td>{entry.value ? voteLabel(entry.value, round) : ''}</td>}
                <td>
                  {entry.enteredOnBehalf ? 'On their behalf by ' : 'By '}
                  {entry.enteredBy} at {TIME.format(new Date(entry.at))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A vote in words: "3 fingers (Comfortable to let it pass)", "Objection: …", "Transport ×2". */
export function voteLabel(value: VoteValue, round: Pick<Round, 'options'>): string {
  switch (value.method) {
    case 'gradients':
      return `${value.point} ${GRADIENT_LABELS[value.point]}`;
    case 'fist-to-five':
      return `${fistName(value.fingers)} (${FIST_LABELS[value.fingers]})`;
    case 'thumbs':
      return THUMB_LABELS[value.thumb];
    case 'consent':
      return value.objection
        ? `${CONSENT_LABELS.objection}: ${value.reason}`
        : CONSENT_LABELS['no-objection'];
    case 'dots': {
      const labels = new Map(round.options.map((o) => [o.id, o.label]));
      return Object.entries(value.dots)
        .map(([id, n]) => `${labels.get(id) ?? 'An option'} ×${n}`)
        .join(', ');
    }
  }
}
