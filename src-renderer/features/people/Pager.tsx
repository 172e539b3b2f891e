export const PAGE_SIZE = 50;

interface Props {
  /** Zero-based. */
  page: number;
  total: number;
  /** What the pager moves through, e.g. "People pages": names the navigation landmark. */
  label: string;
  onPage: (page: number) => void;
  pageSize?: number;
}

/** "Showing 1–50 of 5,000 people."; "Showing all 12 people." when they fit on one page. */
export function pageRangeText(
  page: number,
  total: number,
  [one, many]: readonly [string, string],
  pageSize = PAGE_SIZE,
) {
  if (total === 0) return `No ${many}.`;
  if (total === 1) return `Showing 1 ${one}.`;
  if (total <= pageSize) return `Showing all ${number(total)} ${many}.`;
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return `Showing ${number(first)}–${number(last)} of ${number(total)} ${many}.`;
}

export function number(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "1 row", "2 rows", "5,000 rows": the number with the word that fits it. */
export function counted(n: number, [one, many]: readonly [string, string]): string {
  return `${number(n)} ${n === 1 ? one : many}`;
}

export function lastPage(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(0, Math.ceil(total / pageSize) - 1);
}

/** Previous and Next for a long list; shown only when there is more than one page. */
export function Pager({ page, total, label, onPage, pageSize = PAGE_SIZE }: Props) {
  const last = lastPage(total, pageSize);
  if (last === 0) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="button button--secondary"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        Previous
      </button>
      <span>
        Page {number(page + 1)} of {number(last + 1)}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= last}
        onClick={() => onPage(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
