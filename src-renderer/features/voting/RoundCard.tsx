import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { describeStorageError } from '../../data/storage-errors';
import { endRound, revealResults } from '../../data/voting/round-commands';
import type { Round } from '../../domain/voting/round';
import { isResultVisible } from '../../domain/voting/round';
import { describeRule } from '../../domain/voting/rules';
import { visibleResult } from '../../domain/voting/tally';
import { useAnnounce } from '../../ui/Announcer';
import { ConcernsDialog } from './ConcernsDialog';
import { ConcernsList } from './ConcernsList';
import { RoundResult } from './RoundResult';
import { VotePanel } from './VotePanel';
import { VoteRecords } from './VoteRecords';
import { type Voter, useRoundState } from './use-voting-data';
import { plural, roundTitle } from './voting-text';

/** One round: its settings, the vote panel while open, the result once visible, concerns. */
export function RoundCard({ round, voters }: { round: Round; voters: Voter[] | undefined }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const state = useRoundState(db, round);
  const [concernsOpen, setConcernsOpen] = useState(false);
  const headingId = `round-${round.id}-title`;

  async function run(action: 'close' | 'reveal') {
    try {
      const ctx = commandContext();
      const result =
        action === 'close'
          ? await endRound(db, round.id, round.version, ctx)
          : await revealResults(db, round.id, round.version, ctx);
      if (result.ok) {
        announce(
          action === 'close'
            ? `Round ${round.number} closed.`
            : `Results of round ${round.number} revealed.`,
        );
      } else {
        announce(
          'conflict' in result ? result.conflict : (result.errors.round ?? 'That did not work.'),
          'error',
        );
      }
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  const hidden = !isResultVisible(round);
  const names = new Map((voters ?? []).map((v) => [v.id, v.name]));
  return (
    <section aria-labelledby={headingId} className="round-card">
      <div className="round-card__header">
        <h2 id={headingId}>{roundTitle(round)}</h2>
        <span className="badge">{round.status === 'open' ? 'Open for votes' : 'Closed'}</span>
        <span className="badge badge--neutral">{round.anonymous ? 'Anonymous' : 'Named'}</span>
        {hidden && <span className="badge badge--neutral">Results hidden</span>}
      </div>
      <p>
        <strong>Decision rule: </strong>
        {describeRule(round.rule)}
        {round.method === 'dots' && ` Each person has ${plural(round.dotBudget, 'dot', 'dots')}.`}
      </p>
      {!state || !voters ? (
        <p aria-busy="true">Counting…</p>
      ) : (
        <>
          {round.status === 'open' && (
            <VotePanel round={round} voters={voters} voted={state.voted} />
          )}
          <RoundResult round={round} shown={visibleResult(round, state.tally)} names={names} />
        </>
      )}
      <div className="form-actions">
        {round.status === 'open' && (
          <button type="button" className="button button--secondary" onClick={() => run('close')}>
            Close round {round.number}
          </button>
        )}
        {hidden && (
          <button type="button" className="button" onClick={() => run('reveal')}>
            {round.anonymous && round.status === 'open'
              ? 'Close and reveal the results'
              : 'Reveal the results'}
          </button>
        )}
        {round.status === 'closed' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConcernsOpen(true)}
          >
            {round.concerns.length === 0 ? 'Record concerns raised' : 'Edit concerns raised'}
          </button>
        )}
      </div>
      {state && (
        <VoteRecords round={round} entries={state.entries} names={names} showValues={!hidden} />
      )}
      <ConcernsList round={round} names={names} />
      {concernsOpen && (
        <ConcernsDialog
          round={round}
          voters={voters ?? []}
          onClose={() => setConcernsOpen(false)}
        />
      )}
    </section>
  );
}
