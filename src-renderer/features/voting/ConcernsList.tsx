import type { Round } from '../../domain/voting/round';

/** The concerns raised after a round, with who raised them in named rounds. */
export function ConcernsList({
  round,
  names,
}: {
  round: Round;
  names: ReadonlyMap<string, string>;
}) {
  if (round.concerns.length === 0) return null;
  return (
    <div className="concerns">
      <h3>Concerns raised after round {round.number}</h3>
      <ul>
        {round.concerns.map((item, i) => (
          <li key={i}>
            {item.concern}
            {item.raisedBy && (
              <span className="muted">
                {' '}
                — raised by {names.get(item.raisedBy) ?? item.raisedBy}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
