import { useState } from 'react';
import type { Slot, Space } from '../../domain/board/grid';
import {
  accessibilitySummary,
  slotName,
  slotTimes,
  slotsInOrder,
  spacesInOrder,
} from '../../domain/board/grid';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { SlotFormDialog } from './SlotFormDialog';
import { SpaceFormDialog } from './SpaceFormDialog';
import { useBoardApi } from './use-board';

type Open =
  | { kind: 'none' }
  | { kind: 'slot'; existing?: Slot }
  | { kind: 'space'; existing?: Space }
  | { kind: 'remove-slot'; slot: Slot }
  | { kind: 'remove-space'; space: Space };

/** Setting up the grid: time slots (sessions and breaks) and spaces. */
export function GridSetup() {
  const { loaded, run } = useBoardApi();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = () => setOpen({ kind: 'none' });
  const slots = slotsInOrder(loaded.state.slots);
  const spaces = spacesInOrder(loaded.state.spaces);

  async function remove(command: Parameters<typeof run>[0], done: string) {
    close();
    const result = await run(command);
    announce(result.ok ? done : result.reason, result.ok ? 'success' : 'error');
  }

  return (
    <section aria-labelledby="setup-title" className="board-setup">
      <h2 id="setup-title">Time slots and spaces</h2>
      <div className="board-setup__columns">
        <div>
          <h3>Time slots</h3>
          {slots.length === 0 ? (
            <p className="muted">No time slots yet.</p>
          ) : (
            <ul className="board-setup__list" aria-label="Time slots">
              {slots.map((slot) => (
                <li key={slot.id}>
                  <span>
                    {slotTimes(slot)}
                    {slot.label && ` ${slot.label}`}
                    {slot.kind === 'break' && <span className="badge"> Break</span>}
                  </span>
                  <SetupButtons
                    name={slotName(slot)}
                    onEdit={() => setOpen({ kind: 'slot', existing: slot })}
                    onRemove={() => setOpen({ kind: 'remove-slot', slot })}
                  />
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => setOpen({ kind: 'slot' })}>
            Add time slot
          </button>
        </div>
        <div>
          <h3>Spaces</h3>
          {spaces.length === 0 ? (
            <p className="muted">No spaces yet.</p>
          ) : (
            <ul className="board-setup__list" aria-label="Spaces">
              {spaces.map((space) => (
                <li key={space.id}>
                  <span>
                    {space.name}{' '}
                    <span className="muted">
                      (holds {space.capacity}
                      {accessibilitySummary(space.accessibility).map((a) => `, ${a}`)})
                    </span>
                  </span>
                  <SetupButtons
                    name={space.name}
                    onEdit={() => setOpen({ kind: 'space', existing: space })}
                    onRemove={() => setOpen({ kind: 'remove-space', space })}
                  />
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => setOpen({ kind: 'space' })}>
            Add space
          </button>
        </div>
      </div>
      {open.kind === 'slot' && <SlotFormDialog existing={open.existing} onClose={close} />}
      {open.kind === 'space' && <SpaceFormDialog existing={open.existing} onClose={close} />}
      {open.kind === 'remove-slot' && (
        <ConfirmDialog
          title={`Remove ${slotName(open.slot)}?`}
          message={
            <p>The time slot leaves the grid. A slot with topics on it cannot be removed.</p>
          }
          confirmLabel="Remove time slot"
          onCancel={close}
          onConfirm={() =>
            void remove({ type: 'slot.remove', slotId: open.slot.id }, 'Time slot removed.')
          }
        />
      )}
      {open.kind === 'remove-space' && (
        <ConfirmDialog
          title={`Remove ${open.space.name}?`}
          message={<p>The space leaves the grid. A space with topics in it cannot be removed.</p>}
          confirmLabel="Remove space"
          onCancel={close}
          onConfirm={() =>
            void remove({ type: 'space.remove', spaceId: open.space.id }, 'Space removed.')
          }
        />
      )}
    </section>
  );
}

function SetupButtons(props: { name: string; onEdit: () => void; onRemove: () => void }) {
  return (
    <span className="board-setup__buttons">
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={props.onEdit}
      >
        Edit<span className="visually-hidden"> {props.name}</span>
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={props.onRemove}
      >
        Remove<span className="visually-hidden"> {props.name}</span>
      </button>
    </span>
  );
}
