import { useId } from 'react';
import type { Voter } from './use-voting-data';
import { plural } from './voting-text';

/** Who of the people checked in has not voted yet. */
export function YetToVote({ voters, yet }: { voters: readonly Voter[]; yet: readonly Voter[] }) {
  const titleId = useId();
  if (voters.length === 0) {
    return (
      <p className="notice notice--warning">
        Nobody is checked in at this meeting yet. Check people in on the event page first.
      </p>
    );
  }
  const done = voters.length - yet.length;
  return (
    <div className="yet-to-vote">
      <p role="status">
        {done} of {plural(voters.length, 'person', 'people')} checked in{' '}
        {done === 1 ? 'has' : 'have'} voted.
      </p>
      {yet.length > 0 && (
        <>
          <h3 id={titleId}>Not voted yet ({yet.length})</h3>
          <ul className="name-list" aria-labelledby={titleId}>
            {yet.map((voter) => (
              <li key={voter.id}>{voter.name}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
