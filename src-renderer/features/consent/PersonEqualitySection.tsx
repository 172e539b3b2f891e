import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { removeEqualityResponses } from '../../data/equality-commands';
import { describeStorageError } from '../../data/storage-errors';
import { answerState, latestResponses } from '../../domain/people/equality';
import { EQUALITY_QUESTIONS } from '../../domain/people/equality-questions';
import type { Person } from '../../domain/people/person';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { EqualityDialog } from './EqualityDialog';
import { readableDate } from './consent-text';
import './consent.css';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';

type Open = 'none' | 'answer' | 'remove';

/**
 * Optional equality monitoring, kept apart from the register. The page shows only how many
 * questions were answered, never the answers, so the register can be shown on screen safely.
 */
export function PersonEqualitySection({ person }: { person: Person }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>('none');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Set once the answers are removed: their buttons go, so focus moves to the heading.
  const focusHeading = useFocusAfterRender(() => headingRef.current);
  const data = useLiveQuery(async () => {
    const [responses, consent] = await Promise.all([
      db.equalityResponses.where('personId').equals(person.id).toArray(),
      db.consentRecords.where('personId').equals(person.id).toArray(),
    ]);
    return { response: latestResponses(responses).get(person.id) ?? null, consent };
  }, [db, person.id]);

  async function remove() {
    try {
      const result = await removeEqualityResponses(db, person.id, commandContext());
      setOpen('none');
      if (result.ok) focusHeading();
      announce(
        result.ok ? 'Equality monitoring answers removed.' : 'There were no answers to remove.',
        result.ok ? 'success' : 'error',
      );
    } catch (error) {
      setOpen('none');
      announce(describeStorageError(error), 'error');
    }
  }

  if (!data) return <p aria-busy="true">Loading equality monitoring…</p>;
  const { response } = data;
  const states = EQUALITY_QUESTIONS.map((q) => answerState(response ?? undefined, q.id).kind);
  const answered = states.filter((s) => s === 'answered').length;
  const declined = states.filter((s) => s === 'prefer-not-to-say').length;

  return (
    <section aria-labelledby="equality-title" className="person-section">
      <h2 id="equality-title" ref={headingRef} tabIndex={-1}>
        Equality monitoring (optional)
      </h2>
      <p>
        We ask these questions to check we reach the communities we aim to. They are optional, kept
        apart from contact details, and only ever reported as totals with small numbers hidden.
      </p>
      {response ? (
        <p>
          Answers given on {readableDate(response.givenAt)}: {answered} of{' '}
          {EQUALITY_QUESTIONS.length} questions answered, {declined} “Prefer not to say”,{' '}
          {EQUALITY_QUESTIONS.length - answered - declined} not answered.
        </p>
      ) : (
        <p>No equality monitoring answers have been given.</p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setOpen('answer')}
        >
          {response ? 'Change equality answers' : 'Answer equality questions'}
        </button>
        {response && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setOpen('remove')}
          >
            Remove equality answers
          </button>
        )}
      </div>
      {open === 'answer' && (
        <EqualityDialog
          person={person}
          existing={response ?? undefined}
          consent={data.consent}
          onClose={() => setOpen('none')}
        />
      )}
      {open === 'remove' && (
        <ConfirmDialog
          title="Remove equality answers?"
          message="All of this person's equality monitoring answers will be deleted. Reports will count them as not answered."
          confirmLabel="Remove answers"
          onConfirm={remove}
          onCancel={() => setOpen('none')}
        />
      )}
    </section>
  );
}
