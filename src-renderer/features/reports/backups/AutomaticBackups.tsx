import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../../app/app-context';
import { getBackupsToKeep, setBackupsToKeep } from '../../../data/backup/backup-settings';
import { readableSize } from '../../../data/backup/free-space';
import type { StoredBackup } from '../../../platform/platform';
import { useAnnounce } from '../../../ui/Announcer';
import { TextField } from '../../../ui/Field';
import { readableDateTime } from './restore-flow';
import type { useRestore } from './use-restore';

const REASONS: Record<StoredBackup['reason'], string> = {
  daily: 'Daily',
  'before-upgrade': 'Before an update of Two Feet',
  'before-restore': 'Before a restore',
};

/** The desktop app's automatic backups: the list, restoring one, and how many to keep. */
export function AutomaticBackups({ restore }: { restore: ReturnType<typeof useRestore> }) {
  const { platform } = useApp();
  const [list, setList] = useState<StoredBackup[] | string | undefined>();
  const refresh = useCallback(() => {
    void platform.backups.list().then((answer) => setList(answer.ok ? answer.value : answer.error));
  }, [platform]);
  useEffect(refresh, [refresh, restore.busy]);

  if (!platform.backups.available) {
    return (
      <section className="settings-block" aria-labelledby="automatic-title">
        <h2 id="automatic-title">Automatic backups</h2>
        <p className="notice notice--warning" data-testid="automatic-unavailable">
          Automatic backups are only in the desktop app. In a web browser, save a backup yourself at
          the end of every event.
        </p>
      </section>
    );
  }

  async function restoreOne(backup: StoredBackup) {
    const answer = await platform.backups.read(backup.fileName);
    if (answer.ok)
      await restore.check(
        answer.value,
        `Automatic backup of ${readableDateTime(backup.createdAt)}`,
      );
    else restore.refuse(answer.error);
  }

  return (
    <section className="settings-block backups-automatic" aria-labelledby="automatic-title">
      <h2 id="automatic-title">Automatic backups</h2>
      <p>
        Two Feet saves a backup on this laptop every day it is used, and before every update and
        restore. They protect against mistakes, not against losing the laptop.
      </p>
      {list === undefined && <p aria-busy="true">Loading the automatic backups…</p>}
      {typeof list === 'string' && (
        <p className="notice notice--error" role="alert">
          {list}
        </p>
      )}
      {Array.isArray(list) && list.length === 0 && (
        <p className="empty-state">No automatic backups yet. The first is made today.</p>
      )}
      {Array.isArray(list) && list.length > 0 && (
        <table className="backup-table">
          <caption className="visually-hidden">Automatic backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made on</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((backup) => (
              <tr key={backup.fileName}>
                <td>{readableDateTime(backup.createdAt)}</td>
                <td>{REASONS[backup.reason]}</td>
                <td>{readableSize(backup.bytes)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={restore.busy}
                    onClick={() => void restoreOne(backup)}
                  >
                    Restore
                    <span className="visually-hidden">
                      {' '}
                      the backup of {readableDateTime(backup.createdAt)}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <KeepSetting />
    </section>
  );
}

function KeepSetting() {
  const { db } = useApp();
  const announce = useAnnounce();
  const stored = useLiveQuery(() => getBackupsToKeep(db), [db]);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const value = text ?? (stored === undefined ? '' : String(stored));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const problem = await setBackupsToKeep(db, value);
    setError(problem);
    if (!problem) announce(`Two Feet will keep the last ${value.trim()} automatic backups.`);
  }

  return (
    <form onSubmit={save} noValidate>
      <TextField
        label="How many automatic backups to keep"
        hint="The oldest are deleted when there are more. 10 is usually enough."
        value={value}
        onChange={setText}
        error={error}
      />
      <button type="submit" className="button button--secondary">
        Save
      </button>
    </form>
  );
}
