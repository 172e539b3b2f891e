import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import { PersonChip } from './PersonChip';
import type { Place } from './slot-places';

interface Props {
  place: Place;
  personName: (personId: string) => string;
  /** Conflicts touching this group, one sentence each; "" when none. */
  conflicts: string;
  onMove: (personId: string) => void;
  onNotes?: (topicId: string) => void;
  /** When searching: the people whose chips to show (the size still counts everyone). */
  shown?: ReadonlySet<string> | undefined;
}

/** A group (or wandering, or not in a group) that people can be dropped into. */
export const PlaceBox = memo(function PlaceBox(props: Props) {
  const { place, personName, conflicts, onMove, onNotes, shown } = props;
  const listed = shown ? place.people.filter((id) => shown.has(id)) : place.people;
  const { setNodeRef, isOver } = useDroppable({ id: place.dropId });
  const size = place.people.length;
  const headingId = `place-${place.dropId.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const classes = ['place-box'];
  if (isOver) classes.push('place-box--over');
  if (conflicts) classes.push('place-box--conflict');
  if (!place.topic) classes.push('place-box--other');
  return (
    <section ref={setNodeRef} className={classes.join(' ')} aria-labelledby={headingId}>
      <h3 id={headingId} className="place-box__title">
        {place.name}
      </h3>
      <p className="place-box__facts">
        <span className="place-box__size">{size === 1 ? '1 person' : `${size} people`}</span>
        {place.space && (
          <>
            {' '}
            · {place.space.name}, holds {place.space.capacity}
          </>
        )}
      </p>
      {conflicts && (
        <p className="place-box__conflict">
          <span aria-hidden="true">⚠ </span>
          {conflicts}
        </p>
      )}
      {place.topic && onNotes && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => place.topic && onNotes(place.topic.id)}
        >
          Group record<span className="visually-hidden"> for {place.name}</span>
        </button>
      )}
      {listed.length > 0 && (
        <ul className="place-box__people" aria-label={`People in ${place.name}`}>
          {listed.map((id) => (
            <PersonChip key={id} personId={id} name={personName(id)} onMove={onMove} />
          ))}
        </ul>
      )}
    </section>
  );
});
