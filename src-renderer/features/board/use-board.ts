import { useLiveQuery } from 'dexie-react-hooks';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react';
import { useApp } from '../../app/app-context';
import type { LoadedBoard } from '../../data/board-commands';
import { boardContext, loadBoard } from '../../data/board-commands';
import type { BoardHistoryView, BoardStepResult } from '../../data/board-history';
import { createBoardHistory } from '../../data/board-history';
import type { BoardCommand } from '../../domain/board/commands';
import type { BoardState } from '../../domain/board/state';
import { emptyBoard } from '../../domain/board/state';
import type { TaskforceEvent } from '../../domain/event';

/**
 * One event's board for the screen: the event, the board read live (another window's changes
 * appear), and every change run through the undo history, so a drop, a keyboard move, a button
 * and a dialog all go the same way and can all be undone.
 */
export interface BoardApi {
  loaded: LoadedBoard;
  /** Runs a command as one undoable step; the answer says what was done or why not. */
  run: (command: BoardCommand) => Promise<BoardStepResult>;
  undo: () => Promise<BoardStepResult>;
  redo: () => Promise<BoardStepResult>;
  view: BoardHistoryView;
  /** The latest board, for event handlers (drag announcements) that must not re-render. */
  latest: () => BoardState;
}

export function useBoard(eventId: string) {
  const { db, commandContext } = useApp();
  const event = useLiveQuery(
    async (): Promise<TaskforceEvent | null> => (await db.events.get(eventId)) ?? null,
    [db, eventId],
  );
  const loaded = useLiveQuery(async () => (await loadBoard(db, eventId)) ?? null, [db, eventId]);
  const history = useMemo(() => createBoardHistory(db, eventId), [db, eventId]);
  useEffect(() => () => history.clear(), [history]);
  const view = useSyncExternalStore(history.subscribe, history.view);
  const latestRef = useRef<LoadedBoard | null>(null);
  useEffect(() => {
    if (loaded) latestRef.current = loaded;
  }, [loaded]);

  const context = useCallback(
    () => boardContext(commandContext(), (id) => latestRef.current?.personName(id) ?? id),
    [commandContext],
  );
  const run = useCallback(
    (command: BoardCommand) => history.perform(command, context()),
    [history, context],
  );
  const undo = useCallback(() => history.undo(context()), [history, context]);
  const redo = useCallback(() => history.redo(context()), [history, context]);
  const latest = useCallback(
    (): BoardState => latestRef.current?.state ?? emptyBoard(eventId),
    [eventId],
  );

  const api = useMemo(
    (): BoardApi | null => (loaded ? { loaded, run, undo, redo, view, latest } : null),
    [loaded, run, undo, redo, view, latest],
  );
  return { event, loaded, api };
}

const BoardApiContext = createContext<BoardApi | null>(null);

export const BoardProvider = BoardApiContext.Provider;

export function useBoardApi(): BoardApi {
  const api = useContext(BoardApiContext);
  if (!api) throw new Error('useBoardApi must be used inside the board screen');
  return api;
}
