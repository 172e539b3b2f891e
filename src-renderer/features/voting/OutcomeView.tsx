import { formatLongDate } from '../../domain/dates';
import type { DecisionOutcome } from '../../domain/voting/outcome';

/** The decision as recorded: statement, dissent noted, dates. */
export function OutcomeView({ outcome }: { outcome: DecisionOutcome }) {
  return (
    <section aria-labelledby="outcome-title" className="voting-section outcome">
      <h2 id="outcome-title">Outcome</h2>
      <dl className="facts">
        <dt>Decision</dt>
        <dd className="proposal-text">{outcome.statement}</dd>
        <dt>Dissent noted</dt>
        <dd className="proposal-text">{outcome.dissent || 'None recorded.'}</dd>
        <dt>Decided on</dt>
        <dd>{formatLongDate(outcome.decidedOn)}</dd>
        <dt>Review date</dt>
        <dd>{formatLongDate(outcome.reviewDate)}</dd>
        <dt>Recorded by</dt>
        <dd>{outcome.recordedBy}</dd>
      </dl>
    </section>
  );
}
