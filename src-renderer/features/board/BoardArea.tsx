import { BoardEventList } from './BoardEventList';
import { BoardScreen } from './BoardScreen';

/**
 * #/board                     choose an event
 * #/board/<eventId>           its board: marketplace, grid setup, placing topics
 * #/board/<eventId>/groups    the law of two feet: people moving between groups
 */
export function BoardArea({ rest }: { rest: string[] }) {
  const [eventId, view] = rest;
  if (!eventId) return <BoardEventList />;
  return (
    <BoardScreen key={eventId} eventId={eventId} view={view === 'groups' ? 'groups' : 'plan'} />
  );
}
