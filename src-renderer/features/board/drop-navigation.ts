/**
 * Where an arrow key takes something being moved by keyboard: from drop target to drop target,
 * never by pixels, so the keys do the same thing whatever the window size. Pure, so the rules
 * are tested without a browser; keyboard-coordinates.ts turns the answer into what dnd-kit needs.
 */
export const ARROW_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;
export type ArrowKey = (typeof ARROW_KEYS)[number];

export function isArrowKey(code: string): code is ArrowKey {
  return (ARROW_KEYS as readonly string[]).includes(code);
}

export interface GridLayout {
  /** Drop targets row by row: one row per session slot (breaks have none), spaces across. */
  rows: readonly (readonly string[])[];
  /** The queue: left of the first space and above the first slot. */
  queue: string;
}

/**
 * The next target in the grid: Left and Right move along a slot, Up and Down between slots in
 * the same space. Left from the first space or Up from the first slot goes to the queue; from
 * the queue, Right or Down goes to the first cell. At any other edge the target stays (null).
 */
export function nextInGrid(
  layout: GridLayout,
  current: string | null,
  key: ArrowKey,
): string | null {
  const { rows, queue } = layout;
  const first = rows[0]?.[0] ?? null;
  const at = current === null ? undefined : findCell(rows, current);
  if (!at) return key === 'ArrowRight' || key === 'ArrowDown' ? first : null;
  const { row, column } = at;
  switch (key) {
    case 'ArrowLeft':
      return column === 0 ? queue : (rows[row]?.[column - 1] ?? null);
    case 'ArrowRight':
      return rows[row]?.[column + 1] ?? null;
    case 'ArrowUp':
      return row === 0 ? queue : cellNear(rows[row - 1], column);
    case 'ArrowDown':
      return cellNear(rows[row + 1], column);
  }
}

function findCell(rows: GridLayout['rows'], id: string) {
  for (let row = 0; row < rows.length; row++) {
    const column = rows[row]?.indexOf(id) ?? -1;
    if (column >= 0) return { row, column };
  }
  return undefined;
}

/** The same space in another row, or that row's last cell if it is shorter. */
function cellNear(row: readonly string[] | undefined, column: number): string | null {
  if (!row || row.length === 0) return null;
  return row[Math.min(column, row.length - 1)] ?? null;
}

/**
 * The next target in a list (the groups of a slot, in grid order): Right and Down go on, Left
 * and Up go back, stopping at either end. From nowhere, Right or Down starts at the first.
 */
export function nextInList(
  targets: readonly string[],
  current: string | null,
  key: ArrowKey,
): string | null {
  const index = current === null ? -1 : targets.indexOf(current);
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  if (index < 0) return forward ? (targets[0] ?? null) : null;
  return targets[forward ? index + 1 : index - 1] ?? null;
}
