/**
 * Runs in the page: the arrow keys that take a dragged topic or person from where it is to the
 * target, following the board's keyboard rules (src-renderer/features/board/drop-navigation.ts):
 * in the grid, from the queue Right goes to the first cell, Up and Down move between slots in
 * the same space, Left and Right along a slot; among groups, Right goes on and Left goes back.
 */
export function keyboardRoute(target: Element, source: Element): { keys: string[]; name: string } {
  const repeat = (key: string, times: number) => Array.from({ length: times }, () => key);
  const cellName = target.getAttribute('data-cell');
  if (cellName !== null) {
    const rows = Array.from(target.closest('table')?.querySelectorAll('tr') ?? [])
      .map((tr) => Array.from(tr.querySelectorAll('[data-cell]')))
      .filter((cells) => cells.length > 0);
    const find = (el: Element | null) => {
      const row = rows.findIndex((cells) => el !== null && cells.includes(el));
      return row < 0 ? null : { row, column: rows[row]?.indexOf(el as Element) ?? 0 };
    };
    const to = find(target);
    if (!to) throw new Error(`cell ${cellName} is not in the grid`);
    const home = find(source.closest('[data-cell]'));
    const keys = home ? [] : ['ArrowRight'];
    const from = home ?? { row: 0, column: 0 };
    const rowKey = to.row > from.row ? 'ArrowDown' : 'ArrowUp';
    const columnKey = to.column > from.column ? 'ArrowRight' : 'ArrowLeft';
    keys.push(...repeat(rowKey, Math.abs(to.row - from.row)));
    keys.push(...repeat(columnKey, Math.abs(to.column - from.column)));
    return { keys, name: cellName };
  }
  const places = Array.from(target.parentElement?.children ?? []);
  const home = places.findIndex((place) => place.contains(source));
  const index = places.indexOf(target);
  const heading = document.getElementById(target.getAttribute('aria-labelledby') ?? '');
  const key = index > home ? 'ArrowRight' : 'ArrowLeft';
  return { keys: repeat(key, Math.abs(index - home)), name: heading?.textContent ?? '' };
}
