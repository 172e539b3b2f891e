import type { BoardCommand, BoardContext, Inverse } from './commands';
import { isUndoable } from './commands';
import { describeCommand } from './labels';
import type { ApplyResult } from './reducer';
import { applyCommand } from './reducer';
import type { BoardChange, BoardState } from './state';

/**
 * Undo and redo on this device. Only what this device did goes on its stacks: changes arriving
 * from phones or other laptops update the board but never the stacks, so Ctrl+Z never takes back
 * someone else's work. Each step holds the command to replay, guarded with what the records must
 * still look like; if another device has changed them since, the step is refused with a reason
 * and dropped, rather than applied over their change.
 */
export interface HistoryStep {
  /** What the original command did, e.g. "move 'Access to GPs' to 11:00, Garden room". */
  label: string;
  command: BoardCommand;
}

export interface BoardHistory {
  undo: readonly HistoryStep[];
  redo: readonly HistoryStep[];
}

/** Enough for a whole morning of placing and moving, small enough to keep in memory. */
export const HISTORY_LIMIT = 200;

export function emptyHistory(): BoardHistory {
  return { undo: [], redo: [] };
}

export function canUndo(history: BoardHistory): boolean {
  return history.undo.length > 0;
}

export function canRedo(history: BoardHistory): boolean {
  return history.redo.length > 0;
}

/** "Undo: move 'Access to GPs' to 11:00, Garden room", or undefined when there is nothing. */
export function undoLabel(history: BoardHistory): string | undefined {
  const step = history.undo[history.undo.length - 1];
  return step && `Undo: ${step.label}`;
}

export function redoLabel(history: BoardHistory): string | undefined {
  const step = history.redo[history.redo.length - 1];
  return step && `Redo: ${step.label}`;
}

/**
 * Records a command this device has just applied. Any new change clears redo: the redone step
 * would otherwise land on a board it was never made for. A change with no way back is not put on
 * the undo stack; the steps below it stay, as their guards protect them.
 */
export function recordStep(history: BoardHistory, label: string, inverse: Inverse): BoardHistory {
  if (!isUndoable(inverse)) return { undo: history.undo, redo: [] };
  return { undo: [...history.undo, { label, command: inverse }].slice(-HISTORY_LIMIT), redo: [] };
}

export type HistoryResult =
  | { ok: true; history: BoardHistory; state: BoardState; changes: BoardChange[] }
  | { ok: false; reason: string; history: BoardHistory };

/** Applies a command made on this device and puts its inverse on the undo stack. */
export function perform(
  history: BoardHistory,
  state: BoardState,
  command: BoardCommand,
  ctx: BoardContext,
): HistoryResult {
  const result = applyCommand(state, command, ctx);
  if (!result.ok) return { ok: false, reason: result.reason, history };
  const label = describeCommand(command, state, ctx.personName);
  return {
    ok: true,
    history: recordStep(history, label, result.inverse),
    state: result.state,
    changes: result.changes,
  };
}

export function undo(history: BoardHistory, state: BoardState, ctx: BoardContext): HistoryResult {
  return replay(history, state, ctx, 'undo');
}

export function redo(history: BoardHistory, state: BoardState, ctx: BoardContext): HistoryResult {
  return replay(history, state, ctx, 'redo');
}

/**
 * Undo applies the inverse; the inverse of that (the original command, guarded by the board the
 * undo left) becomes the redo step, and the other way round. A step that no longer applies is
 * dropped so the buttons move on to the steps before it.
 */
function replay(
  history: BoardHistory,
  state: BoardState,
  ctx: BoardContext,
  direction: 'undo' | 'redo',
): HistoryResult {
  const from = direction === 'undo' ? history.undo : history.redo;
  const step = from[from.length - 1];
  if (!step) return { ok: false, reason: `There is nothing to ${direction}.`, history };
  const rest = from.slice(0, -1);
  const result: ApplyResult = applyCommand(state, step.command, ctx);
  if (!result.ok) {
    return {
      ok: false,
      reason: `Cannot ${direction} "${step.label}": ${result.reason}`,
      history: direction === 'undo' ? { ...history, undo: rest } : { ...history, redo: rest },
    };
  }
  const back = isUndoable(result.inverse) ? [{ label: step.label, command: result.inverse }] : [];
  const next: BoardHistory =
    direction === 'undo'
      ? { undo: rest, redo: [...history.redo, ...back] }
      : { undo: [...history.undo, ...back].slice(-HISTORY_LIMIT), redo: rest };
  return { ok: true, history: next, state: result.state, changes: result.changes };
}
