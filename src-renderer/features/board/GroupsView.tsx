import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useMemo, useState } from 'react';
import type { Conflict } from '../../domain/board/conflicts';
import { slotName, slotTimes, slotsInOrder } from '../../domain/board/grid';
import { SelectField, TextField } from '../../ui/Field';
import { matchesQuery, searchWords } from '../../domain/text';
import { GroupRecordDialog } from './GroupRecordDialog';
import { MovementLog } from './MovementLog';
import { MovePersonDialog } from './MovePersonDialog';
import { PlaceBox } from './PlaceBox';
import { currentSlot, slotPlaces } from './slot-places';
import { useBoardApi } from './use-board';
import { usePersonDrag } from './use-person-drag';
import './groups.css';

type Open =
  { kind: 'none' } | { kind: 'move'; personId: string } | { kind: 'notes'; topicId: string };

/** The law of two feet: during a slot, each placed topic is a group people move between. */
export function GroupsView({ conflicts }: { conflicts: readonly Conflict[] }) {
  const api = useBoardApi();
  const { loaded } = api;
  const { state, personName } = loaded;
  const sessions = slotsInOrder(state.slots).filter((s) => s.kind === 'session');
  const [chosen, setChosen] = useState<string | null>(null);
  const slot =
    (chosen ? state.slots[chosen] : undefined) ??
    currentSlot(state, new Date().toTimeString().slice(0, 5));
  const slotId = slot?.id ?? '';
  const places = useMemo(() => (slotId ? slotPlaces(loaded, slotId) : []), [loaded, slotId]);
  const drag = usePersonDrag(api, slotId, places);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    if (query.trim() === '') return undefined;
    return new Set(
      loaded.checkedIn.filter((p) => matchesQuery(searchWords(p.name), query)).map((p) => p.id),
    );
  }, [loaded.checkedIn, query]);
  const close = useCallback(() => setOpen({ kind: 'none' }), []);
  const onMove = useCallback((personId: string) => setOpen({ kind: 'move', personId }), []);
  const onNotes = useCallback((topicId: string) => setOpen({ kind: 'notes', topicId }), []);

  if (!slot) {
    return (
      <div className="empty-state">
        <h2>No sessions yet</h2>
        <p>
          Add a time slot that is a session, and place topics on the grid: each becomes a group.
        </p>
      </div>
    );
  }
  const conflictText = (topicId: string | undefined) =>
    conflicts
      .filter((c) => topicId !== undefined && c.slotId === slotId && c.topicIds.includes(topicId))
      .map((c) => c.message)
      .join(' ');
  const topic = open.kind === 'notes' ? state.topics[open.topicId] : undefined;

  return (
    <section aria-labelledby="groups-title" className="board-groups">
      <h2 id="groups-title">Law of two feet: {slotName(slot)}</h2>
      <SelectField
        label="Time slot"
        hint="People move between the groups of this slot."
        value={slotId}
        options={sessions.map((s) => ({
          value: s.id,
          label: `${slotTimes(s)}${s.label ? ` ${s.label}` : ''}`,
        }))}
        onChange={setChosen}
      />
      <p>
        {loaded.checkedIn.length === 0
          ? 'Nobody is checked in yet. People appear here once they are checked in at the door.'
          : `${loaded.checkedIn.length} people checked in. Drag a name to a group, or use Move.`}
      </p>
      {loaded.checkedIn.length > 0 && (
        <TextField
          label="Find a person"
          hint="Shows only the names that match, in every group."
          type="search"
          value={query}
          onChange={setQuery}
        />
      )}
      <DndContext
        sensors={drag.sensors}
        collisionDetection={drag.collisionDetection}
        accessibility={drag.accessibility}
        onDragStart={drag.onDragStart}
        onDragCancel={drag.onDragCancel}
        onDragEnd={drag.onDragEnd}
      >
        <div className="board-groups__places">
          {places.map((place) => (
            <PlaceBox
              key={place.dropId}
              place={place}
              personName={personName}
              conflicts={conflictText(place.topic?.id)}
              shown={matches}
              onMove={onMove}
              onNotes={onNotes}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {drag.activeId ? (
            <div className="person-chip person-chip--overlay">{personName(drag.activeId)}</div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <MovementLog slotId={slotId} />
      {open.kind === 'move' && (
        <MovePersonDialog
          personId={open.personId}
          places={places}
          onMove={drag.move}
          onClose={close}
        />
      )}
      {topic && <GroupRecordDialog topic={topic} onClose={close} />}
    </section>
  );
}
