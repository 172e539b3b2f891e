import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { TwoFeetDb } from '../../data/db';
import { localDate } from '../../domain/dates';
import type { KeepInTouchEntry } from '../../domain/people/keep-in-touch';
import { keepInTouchList } from '../../domain/people/keep-in-touch';
import { taskforceRoster } from '../../domain/people/membership';
import type { Person } from '../../domain/people/person';
import { keepInTouchCsv, keepInTouchPdf } from '../../exports/keep-in-touch-export';
import { FILE_TYPES, safeFileName } from '../../exports/file-types';
import { useAnnounce } from '../../ui/Announcer';
import { SelectField } from '../../ui/Field';

const EVERYONE = '';

async function entriesFor(db: TwoFeetDb, taskforceId: string, today: string) {
  let people: Person[];
  if (taskforceId === EVERYONE) {
    people = await db.people.toArray();
  } else {
    const memberships = await db.memberships.where('taskforceId').equals(taskforceId).toArray();
    const ids = taskforceRoster(memberships, taskforceId, today).current.map((m) => m.personId);
    people = (await db.people.bulkGet(ids)).filter((p): p is Person => p !== undefined);
  }
  const records =
    taskforceId === EVERYONE
      ? await db.consentRecords.toArray()
      : await db.consentRecords
          .where('personId')
          .anyOf(people.map((p) => p.id))
          .toArray();
  return keepInTouchList(people, records);
}

/**
 * The contact list members take home: only people whose current consent allows sharing, and
 * only their name, email and phone.
 */
export function KeepInTouchPanel() {
  const { db, platform } = useApp();
  const announce = useAnnounce();
  const today = localDate(new Date());
  const [taskforceId, setTaskforceId] = useState(EVERYONE);
  const taskforces = useLiveQuery(() => db.taskforces.orderBy('name').toArray(), [db]);
  const entries = useLiveQuery(() => entriesFor(db, taskforceId, today), [db, taskforceId, today]);
  const scopeName =
    taskforces?.find((t) => t.id === taskforceId)?.name ?? 'everyone on the register';

  async function save(kind: 'csv' | 'pdf', list: readonly KeepInTouchEntry[]) {
    const name = safeFileName('keep-in-touch', scopeName);
    try {
      const data =
        kind === 'csv'
          ? keepInTouchCsv(list)
          : await keepInTouchPdf(list, 'Keep in touch', `${scopeName}, ${today}`);
      const outcome = await platform.saveFile({
        suggestedName: `${name}.${kind}`,
        type: FILE_TYPES[kind],
        data,
      });
      if (outcome.saved) announce(`Saved the keep-in-touch list as ${outcome.fileName}.`);
      else if (outcome.error) announce(outcome.error, 'error');
    } catch {
      announce('The keep-in-touch list could not be saved. Try again.', 'error');
    }
  }

  return (
    <section aria-labelledby="keep-in-touch-title" className="settings-block">
      <h2 id="keep-in-touch-title">Keep-in-touch list</h2>
      <p>
        A contact list for members to keep in touch. It holds only people who currently agree to
        share their contact details, and only their name, email and phone.
      </p>
      <SelectField
        label="Who to include"
        value={taskforceId}
        options={[
          { value: EVERYONE, label: 'Everyone on the register' },
          ...(taskforces ?? []).map((t) => ({
            value: t.id,
            label: `Current members of ${t.name}`,
          })),
        ]}
        onChange={setTaskforceId}
      />
      {entries === undefined ? (
        <p aria-busy="true">Checking consent…</p>
      ) : (
        <>
          <p role="status">
            {entries.length === 1
              ? '1 person has agreed to share their contact details.'
              : `${entries.length} people have agreed to share their contact details.`}
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => save('csv', entries)}>
              Download keep-in-touch list (CSV)
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => save('pdf', entries)}
            >
              Download keep-in-touch list (PDF)
            </button>
          </div>
        </>
      )}
    </section>
  );
}
