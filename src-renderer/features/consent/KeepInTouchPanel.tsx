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

/** Current members of the taskforce who allow sharing, read through the indexes. */
async function entriesFor(db: TwoFeetDb, taskforceId: string, today: string) {
  const memberships = await db.memberships.where('taskforceId').equals(taskforceId).toArray();
  const ids = [
    ...new Set(taskforceRoster(memberships, taskforceId, today).current.map((m) => m.personId)),
  ];
  const [people, records] = await Promise.all([
    db.people.bulkGet(ids),
    db.consentRecords.where('personId').anyOf(ids).toArray(),
  ]);
  return keepInTouchList(
    people.filter((p): p is Person => p !== undefined),
    records,
  );
}

/**
 * The contact list members of one taskforce take home: consent is to share contact details with
 * other members of the taskforce, so the list is always for one taskforce, chosen each time. It
 * holds only current members whose consent allows sharing, and only name, email and phone.
 */
export function KeepInTouchPanel() {
  const { db, platform } = useApp();
  const announce = useAnnounce();
  const today = localDate(new Date());
  const [taskforceId, setTaskforceId] = useState('');
  const taskforces = useLiveQuery(() => db.taskforces.orderBy('name').toArray(), [db]);
  const entries = useLiveQuery(
    async () => (taskforceId ? entriesFor(db, taskforceId, today) : null),
    [db, taskforceId, today],
  );
  const scopeName = taskforces?.find((t) => t.id === taskforceId)?.name ?? '';

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
        A contact list for the members of one taskforce to keep in touch. It holds only current
        members who agree to share their contact details with other members, and only their name,
        email and phone.
      </p>
      {taskforces?.length === 0 ? (
        <p className="notice">
          There are no taskforces yet. The list is for members of one taskforce, so create a
          taskforce and add its members first.
        </p>
      ) : (
        <SelectField
          label="Taskforce"
          value={taskforceId}
          options={[
            { value: '', label: 'Choose a taskforce' },
            ...(taskforces ?? []).map((t) => ({ value: t.id, label: t.name })),
          ]}
          onChange={setTaskforceId}
          hint="The list holds current members of this taskforce only."
        />
      )}
      {taskforceId === '' ? null : !entries ? (
        <p aria-busy="true">Checking consent…</p>
      ) : (
        <>
          <p role="status">
            {entries.length === 1
              ? `1 current member of ${scopeName} has agreed to share their contact details.`
              : `${entries.length} current members of ${scopeName} have agreed to share their contact details.`}
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
