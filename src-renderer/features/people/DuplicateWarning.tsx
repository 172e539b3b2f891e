import { useId } from 'react';
import { routeHref } from '../../app/routes';
import type { PossibleDuplicate } from '../../data/people-commands';
import { DUPLICATE_REASON_TEXT } from '../../domain/people/duplicates';
import { displayName } from '../../domain/people/person';

interface Props {
  duplicates: PossibleDuplicate[];
  acknowledged: boolean;
  onAcknowledge: (acknowledged: boolean) => void;
  /** Shown when saving was tried without acknowledging. */
  error?: string | undefined;
  /** Following a link leaves the form, so the dialog closes first. */
  onOpenRecord: () => void;
}

/** "Possible duplicate of Sam Lee — open their record?" with a tick to say it is someone else. */
export function DuplicateWarning(props: Props) {
  const id = useId();
  const { duplicates } = props;
  if (duplicates.length === 0) return null;
  return (
    <div className="notice notice--warning">
      <ul className="plain-list">
        {duplicates.map((match) => (
          <li key={match.person.id}>
            Possible duplicate of {displayName(match.person)} ({DUPLICATE_REASON_TEXT[match.reason]}
            ) —{' '}
            <a href={routeHref('people', match.person.id)} onClick={props.onOpenRecord}>
              open {displayName(match.person)}’s record
            </a>
            ?
          </li>
        ))}
      </ul>
      {props.error && (
        <p className="group-error">
          <span aria-hidden="true">⚠ </span>
          <span id={`${id}-error`}>{props.error}</span>
        </p>
      )}
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={props.acknowledged}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
          onChange={(e) => props.onAcknowledge(e.target.checked)}
        />
        <label htmlFor={id}>I have checked: this is a different person</label>
      </div>
    </div>
  );
}
