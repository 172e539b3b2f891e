import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { TaskforceEvent } from '../../domain/event';
import { allowsPhotos, consentRecordsByPerson } from '../../domain/people/consent';
import { FILE_TYPES, safeFileName } from '../../exports/file-types';
import { type ListEntry, timeOfDay } from './use-attendance-data';

type Job = 'sheet' | 'badges';

const MAKING: Record<Job, string> = {
  sheet: 'Making the sign-in sheet…',
  badges: 'Making badges…',
};

/** The paper for the day: a sign-in sheet and name badges, made on this laptop. */
export function PrintSection({
  event,
  entries,
}: {
  event: TaskforceEvent;
  entries: readonly ListEntry[];
}) {
  const { db, platform } = useApp();
  const [making, setMaking] = useState<Job | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function make(job: Job) {
    setMaking(job);
    setMessage(null);
    try {
      const data = job === 'sheet' ? await signInSheet() : await badges();
      const outcome = await platform.saveFile({
        suggestedName: `${safeFileName(job === 'sheet' ? 'sign-in-sheet' : 'badges', event.title)}.pdf`,
        type: FILE_TYPES.pdf,
        data,
      });
      if (outcome.saved) setMessage({ text: `Saved ${outcome.fileName}.`, error: false });
      else if (outcome.error) setMessage({ text: outcome.error, error: true });
    } catch {
      setMessage({ text: 'The PDF could not be made. Try again.', error: true });
    } finally {
      setMaking(null);
    }
  }

  async function signInSheet() {
    const { makeSignInSheet } = await import('../../exports/sign-in-sheet-pdf');
    return makeSignInSheet(
      event,
      entries.map(({ person, attendance }) => ({
        person,
        status: attendance.status,
        arrived: attendance.status === 'checked-in' ? timeOfDay(attendance.checkedInAt) : '',
      })),
    );
  }

  async function badges() {
    const [{ makeBadges }, { byShownSurname }] = await Promise.all([
      import('../../exports/badges-pdf'),
      import('../../exports/sign-in-sheet-pdf'),
    ]);
    const ids = entries.map((e) => e.person.id);
    const consent = consentRecordsByPerson(
      await db.consentRecords.where('personId').anyOf(ids).toArray(),
    );
    const sorted = [...entries].sort((a, b) => byShownSurname(a.person, b.person));
    return makeBadges(
      event,
      sorted.map(({ person }) => ({
        person,
        allowsPhotos: allowsPhotos(consent.get(person.id) ?? []),
      })),
    );
  }

  const empty = entries.length === 0;
  return (
    <section className="event-section" aria-labelledby="print-title">
      <h2 id="print-title">Print for the day</h2>
      <p>
        The sign-in sheet goes round the room, so it lists only people who are registered or already
        checked in, by the name they go by, with blank rows for walk-ins. Badges show only the name
        each person goes by; people who have not consented to photos get a small “No photos” mark.
      </p>
      {empty && <p className="muted">Invite or register people first: nobody is on the list.</p>}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={making !== null}
          onClick={() => void make('sheet')}
        >
          Download sign-in sheet (PDF)
        </button>
        <button
          type="button"
          className="button"
          disabled={making !== null || empty}
          onClick={() => void make('badges')}
        >
          Download name badges (PDF)
        </button>
      </div>
      <div role="status" className="print-status">
        {making && <p aria-busy="true">{MAKING[making]}</p>}
        {message && !message.error && <p className="notice notice--success">{message.text}</p>}
      </div>
      {message?.error && (
        <p role="alert" className="notice notice--error">
          {message.text}
        </p>
      )}
    </section>
  );
}
