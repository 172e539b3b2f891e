import { useMemo } from 'react';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { findConflicts } from '../../domain/board/conflicts';
import { VenueControls } from '../venue/VenueControls';
import { ConflictList } from './ConflictList';
import { GroupsView } from './GroupsView';
import { PlanView } from './PlanView';
import { UndoRedo } from './UndoRedo';
import { BoardProvider, useBoard } from './use-board';
import './board.css';

export type BoardView = 'plan' | 'groups';

/** One event's open-space board: the plan (marketplace and grid) or the groups of a slot. */
export function BoardScreen({ eventId, view }: { eventId: string; view: BoardView }) {
  const { event, loaded, api } = useBoard(eventId);
  const conflicts = useMemo(
    () => (loaded ? findConflicts(loaded.state, loaded.conflictInputs) : []),
    [loaded],
  );
  if (event === undefined || loaded === undefined)
    return <p aria-busy="true">Loading the board…</p>;
  if (event === null || loaded === null || !api)
    return <NotFound what="Event" backHref={routeHref('board')} backLabel="Back to the board" />;
  const views: { id: BoardView; label: string; href: string }[] = [
    { id: 'plan', label: 'Marketplace and grid', href: routeHref('board', eventId) },
    { id: 'groups', label: 'Law of two feet', href: routeHref('board', eventId, 'groups') },
  ];
  return (
    <BoardProvider value={api}>
      <article aria-labelledby="board-title" className="board">
        <p className="board__back">
          <a href={routeHref('board')}>← All events</a> ·{' '}
          <a href={routeHref('events', eventId)}>Check-in for this event</a>
        </p>
        <div className="page-header board__header">
          <h1 id="board-title">Board: {event.title}</h1>
          <UndoRedo />
        </div>
        <div className="board__venue">
          <VenueControls eventId={eventId} />
        </div>
        <nav aria-label="Board views" className="board__views">
          {views.map((v) => (
            <a
              key={v.id}
              href={v.href}
              className={v.id === view ? 'board__view board__view--current' : 'board__view'}
              aria-current={v.id === view ? 'page' : undefined}
            >
              {v.label}
            </a>
          ))}
        </nav>
        <ConflictList conflicts={conflicts} state={loaded.state} />
        {view === 'plan' ? (
          <PlanView conflicts={conflicts} />
        ) : (
          <GroupsView conflicts={conflicts} />
        )}
      </article>
    </BoardProvider>
  );
}
