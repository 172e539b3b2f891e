import type { Round } from '../../domain/voting/round';
import type { VisibleResult } from '../../domain/voting/tally';
import { TallyChart } from './ResultCharts';
import { plural } from './voting-text';

interface Props {
  round: Round;
  shown: VisibleResult;
  /** Person id → name, for named rounds' objections and "hear first from". */
  names: ReadonlyMap<string, string>;
}

/** The round's result as far as it may be shown now: a count while hidden, else the chart. */
export function RoundResult({ round, shown, names }: Props) {
  const warning = shown.warning && <p className="notice notice--warning">{shown.warning}</p>;
  if (!shown.visible) {
    return (
      <div className="round-result">
        <p className="notice">{shown.message}</p>
        {warning}
      </div>
    );
  }
  const { tally } = shown;
  const nameOf = (id: string) => names.get(id) ?? 'Someone no longer checked in';
  return (
    <div className="round-result">
      <h3>{round.status === 'open' ? 'Result so far' : `Result of round ${round.number}`}</h3>
      {warning}
      <p className={`verdict verdict--${tally.verdict.status}`}>
        <strong>{tally.verdict.summary}</strong> {plural(tally.voters, 'person', 'people')} voted.
      </p>
      {tally.verdict.reasons.length > 0 && (
        <ul className="verdict__reasons">
          {tally.verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {tally.concernsFrom.length > 0 && (
        <p>
          <strong>Hear first from: </strong>
          {tally.concernsFrom.map(nameOf).join(', ')}
        </p>
      )}
      {tally.voters > 0 && (
        <TallyChart tally={tally} caption={`How people voted in round ${round.number}`} />
      )}
      {tally.method === 'consent' && tally.objections.length > 0 && (
        <>
          <h4>Objections</h4>
          <ul>
            {tally.objections.map((objection, i) => (
              <li key={i}>
                {objection.reason}
                {objection.personId && (
                  <span className="muted"> — {nameOf(objection.personId)}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
