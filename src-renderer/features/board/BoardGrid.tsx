import type { Conflict } from '../../domain/board/conflicts';
import type { CellRef } from '../../domain/board/grid';
import {
  accessibilitySummary,
  cellId,
  cellName,
  slotTimes,
  slotsInOrder,
  spacesInOrder,
} from '../../domain/board/grid';
import type { BoardState } from '../../domain/board/state';
import { convenerNames } from '../../domain/board/topics';
import { GridCell } from './GridCell';
import type { TopicAction } from './TopicCard';

interface Props {
  state: BoardState;
  personName: (personId: string) => string;
  conflicts: readonly Conflict[];
  onAction: (action: TopicAction, topicId: string) => void;
  onPin: (cell: CellRef, pin: boolean) => void;
}

/** The grid as a table: time slots down the side, spaces across the top, breaks spanning the row. */
export function BoardGrid({ state, personName, conflicts, onAction, onPin }: Props) {
  const slots = slotsInOrder(state.slots);
  const spaces = spacesInOrder(state.spaces);
  if (slots.length === 0 || spaces.length === 0) {
    return (
      <div className="empty-state">
        <h3>The grid is empty</h3>
        <p>Add at least one time slot and one space below, then drag topics onto the grid.</p>
      </div>
    );
  }
  const conflictText = new Map<string, string[]>();
  for (const conflict of conflicts) {
    for (const topicId of conflict.topicIds) {
      const key = `${conflict.slotId}|${topicId}`;
      conflictText.set(key, [...(conflictText.get(key) ?? []), conflict.message]);
    }
  }
  return (
    <div className="board-grid__scroll">
      <table className="board-grid">
        <caption className="visually-hidden">
          The grid: time slots down the side, spaces across the top
        </caption>
        <thead>
          <tr>
            <td />
            {spaces.map((space) => (
              <th key={space.id} scope="col">
                {space.name}
                <span className="board-grid__space-facts">
                  Holds {space.capacity}
                  {accessibilitySummary(space.accessibility).map((a) => ` · ${a}`)}
                  {!space.accessibility.stepFree && ' · no step-free access'}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => (
            <tr key={slot.id} className={slot.kind === 'break' ? 'board-grid__break' : undefined}>
              <th scope="row">
                {slotTimes(slot)}
                {slot.label && <span className="board-grid__slot-label">{slot.label}</span>}
              </th>
              {slot.kind === 'break' ? (
                <td colSpan={spaces.length} className="board-grid__break-cell">
                  Break{slot.label ? `: ${slot.label}` : ''}
                </td>
              ) : (
                spaces.map((space) => {
                  const ref = { slotId: slot.id, spaceId: space.id };
                  const cell = state.cells[cellId(ref)];
                  const topic = cell?.topicId ? state.topics[cell.topicId] : undefined;
                  const messages = topic ? conflictText.get(`${slot.id}|${topic.id}`) : undefined;
                  return (
                    <td key={space.id}>
                      <GridCell
                        cell={ref}
                        name={cellName(slot, space)}
                        topic={topic}
                        conveners={topic ? convenerNames(topic.conveners, personName) : ''}
                        pinned={cell?.pinned ?? false}
                        conflicts={messages?.join(' ') ?? ''}
                        onAction={onAction}
                        onPin={onPin}
                      />
                    </td>
                  );
                })
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
