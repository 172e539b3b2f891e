import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { tallyOf } from '../../data/voting/queries';
import type { Round } from '../../domain/voting/round';
import { isResultVisible } from '../../domain/voting/round';
import { visibleResult } from '../../domain/voting/tally';
import { TallyChart } from './ResultCharts';
import { plural, roundTitle } from './voting-text';
import './voting.css';

/** When a round's result became something the room may see: revealed, or closed if never hidden. */
function shownAt(round: Round): string | undefined {
  if (round.revealedAt) return round.revealedAt;
  return round.status === 'closed' && isResultVisible(round) ? round.closedAt : undefined;
}

/**
 * On the venue screen: the result of the event's latest revealed round, large; nothing until
 * one is revealed. Hidden results never reach the projector (visibleResult decides).
 */
export function VenueResults({ eventId }: { eventId: string }) {
  const { db } = useApp();
  const data = useLiveQuery(async () => {
    const rounds = await db.rounds.where('eventId').equals(eventId).toArray();
    const latest = rounds
      .filter((round) => shownAt(round) !== undefined)
      .sort((a, b) => ((shownAt(a) ?? '') < (shownAt(b) ?? '') ? 1 : -1))[0];
    if (!latest) return null;
    const [proposal, tally] = await Promise.all([
      db.proposals.get(latest.proposalId),
      tallyOf(db, latest),
    ]);
    return { round: latest, title: proposal?.title ?? '', shown: visibleResult(latest, tally) };
  }, [db, eventId]);

  // An anonymous result of fewer than 3 votes can show how people voted: it stays off the
  // projector (the laptop shows it, with that warning).
  if (!data || !data.shown.visible || data.shown.warning) return null;
  const { round, title, shown } = data;
  return (
    <section className="venue-results" aria-labelledby="venue-results-title">
      <h2 id="venue-results-title">{title}</h2>
      <p className="venue-results__round">
        {roundTitle(round)}: {plural(shown.tally.voters, 'person', 'people')} voted.
      </p>
      <p className={`verdict verdict--${shown.tally.verdict.status}`}>
        {shown.tally.verdict.summary}
      </p>
      {shown.tally.voters > 0 && (
        <TallyChart tally={shown.tally} caption={`Result of ${roundTitle(round).toLowerCase()}`} />
      )}
    </section>
  );
}
