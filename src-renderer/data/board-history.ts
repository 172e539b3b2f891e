import type { BoardCommand, BoardContext } from '../domain/board/commands';
import type { BoardHistory, HistoryResult } from '../domain/board/history';
import {
  canRedo,
  canUndo,
  emptyHistory,
  perform,
  redo,
  redoLabel,
  undo,
  undoLabel,
} from '../domain/board/history';
import { describeCommand } from '../domain/board/labels';
import type { BoardChange, BoardState } from '../domain/board/state';
import type { TwoFeetDb } from './db';
import { commitBoard } from './board-commands';
import { scopeOf } from './board-store';
import { describeStorageError } from './storage-errors';

/**
 * Undo and redo for one event's board on this device, around domain/board/history.ts. Each
 * action is one transaction (commitBoard); the stacks change only once it has committed, so a
 * failed write leaves both the database and the buttons as they were. Actions run one at a time
 * in the order they were asked for, so a double press of Ctrl+Z undoes two steps, not one twice.
 *
 * For React: create one per board (useMemo on db and eventId), read view() through
 * useSyncExternalStore(history.subscribe, history.view), and call perform, undo and redo with a
 * fresh context each time (boardContext(commandContext(), loaded.personName)).
 */
export interface BoardHistoryView {
  canUndo: boolean;
  canRedo: boolean;
  /** "Undo: move 'Access to GPs' to 11:00, Garden room", for the button's label or tooltip. */
  undoLabel: string | undefined;
  redoLabel: string | undefined;
}

export type BoardStepResult =
  | {
      ok: true;
      /** What was done, e.g. "move 'Access to GPs' to 11:00, Garden room", for announcements. */
      label: string;
      changes: BoardChange[];
    }
  /** Plain English for the screen: a refusal, nothing to undo, or a storage failure. */
  | { ok: false; reason: string };

export interface BoardHistoryController {
  perform(command: BoardCommand, ctx: BoardContext): Promise<BoardStepResult>;
  undo(ctx: BoardContext): Promise<BoardStepResult>;
  redo(ctx: BoardContext): Promise<BoardStepResult>;
  /** The same object until the stacks change (as useSyncExternalStore requires). */
  view(): BoardHistoryView;
  subscribe(listener: () => void): () => void;
  /** Forgets both stacks, e.g. when the facilitator leaves the board. */
  clear(): void;
}

type Decided = HistoryResult & { label?: string };

export function createBoardHistory(db: TwoFeetDb, eventId: string): BoardHistoryController {
  let history: BoardHistory = emptyHistory();
  let current = viewOf(history);
  let queue: Promise<unknown> = Promise.resolve();
  /** Goes up on clear(), so a step still running when the stacks were cleared leaves them empty. */
  let generation = 0;
  const listeners = new Set<() => void>();

  function setHistory(next: BoardHistory) {
    if (next === history) return;
    history = next;
    current = viewOf(history);
    for (const listener of listeners) listener();
  }

  /** Runs one step after the ones before it, against the stacks as they are when it starts. */
  function run(
    ctx: BoardContext,
    commandOf: (history: BoardHistory) => BoardCommand | undefined,
    decide: (history: BoardHistory, state: BoardState) => Decided,
  ): Promise<BoardStepResult> {
    const step = queue.then(async (): Promise<BoardStepResult> => {
      const before = history;
      const started = generation;
      const scope = scopeOf(commandOf(before));
      try {
        const result = await commitBoard(db, eventId, ctx, scope, (state) => decide(before, state));
        // Committed (or refused with nothing written): only now do the stacks move.
        if ('history' in result && started === generation) setHistory(result.history);
        if (!result.ok) return { ok: false, reason: result.reason };
        return { ok: true, label: result.label ?? '', changes: result.changes };
      } catch (error) {
        return { ok: false, reason: describeStorageError(error) };
      }
    });
    queue = step;
    return step;
  }

  return {
    perform: (command, ctx) =>
      run(
        ctx,
        () => command,
        (h, state) => ({
          ...perform(h, state, command, ctx),
          label: describeCommand(command, state, ctx.personName),
        }),
      ),
    undo: (ctx) =>
      run(
        ctx,
        (h) => h.undo.at(-1)?.command,
        (h, state) => ({ ...undo(h, state, ctx), label: h.undo.at(-1)?.label }),
      ),
    redo: (ctx) =>
      run(
        ctx,
        (h) => h.redo.at(-1)?.command,
        (h, state) => ({ ...redo(h, state, ctx), label: h.redo.at(-1)?.label }),
      ),
    view: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      generation += 1;
      setHistory(emptyHistory());
    },
  };
}

function viewOf(history: BoardHistory): BoardHistoryView {
  return {
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    undoLabel: undoLabel(history),
    redoLabel: redoLabel(history),
  };
}
