import type { Conflict } from '../../domain/board/conflicts';
import { slotTimes } from '../../domain/board/grid';
import type { BoardState } from '../../domain/board/state';

const KIND_LABELS: Record<Conflict['kind'], string> = {
  'convener-clash': 'Convener in two places',
  'over-capacity': 'Over capacity',
  'step-free': 'No step-free access',
};

/**
 * Conflicts worked out afresh from the board on every change, so each one appears as it
 * arises and goes as soon as it is fixed. The count is a polite live region.
 */
export function ConflictList({ conflicts, state }: { conflicts: Conflict[]; state: BoardState }) {
  const count = conflicts.length;
  return (
    <section aria-labelledby="conflicts-title" className="board-conflicts">
      <h2 id="conflicts-title">Conflicts</h2>
      <p aria-live="polite" className={count > 0 ? 'board-conflicts__count--some' : undefined}>
        {count === 0
          ? 'No conflicts.'
          : `${count} ${count === 1 ? 'conflict' : 'conflicts'} to sort out.`}
      </p>
      {count > 0 && (
        <ul className="board-conflicts__list">
          {conflicts.map((conflict) => {
            const slot = state.slots[conflict.slotId];
            return (
              <li key={conflict.key} className="notice notice--warning board-conflicts__item">
                <strong>{KIND_LABELS[conflict.kind]}</strong>
                {slot && <span className="muted"> ({slotTimes(slot)})</span>}: {conflict.message}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
