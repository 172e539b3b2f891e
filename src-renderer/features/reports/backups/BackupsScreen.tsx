import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { routeHref } from '../../../app/routes';
import { backupFileName, exportBackup } from '../../../data/backup/export-backup';
import { BACKUP_FILE_TYPE, MAX_BACKUP_BYTES } from '../../../data/backup/format';
import { readableSize } from '../../../data/backup/free-space';
import { describeStorageError } from '../../../data/storage-errors';
import { useAnnounce } from '../../../ui/Announcer';
import { startBusy } from '../../../ui/start-busy';
import { AutomaticBackups } from './AutomaticBackups';
import { useRestore } from './use-restore';
import './backups.css';

/** #/reports/backups: save a backup, restore one, and the desktop app's automatic backups. */
export function BackupsScreen() {
  const restore = useRestore();
  return (
    <section aria-labelledby="backups-title">
      <p>
        <a href={routeHref('reports')}>← Reports and records</a>
      </p>
      <h1 id="backups-title">Backups</h1>
      <p>
        This laptop is the only place your data is kept. Save a backup regularly and keep it
        somewhere else, such as an encrypted USB stick: a backup holds personal details.
      </p>
      <MakeBackup />
      <RestoreFromFile restore={restore} />
      <AutomaticBackups restore={restore} />
    </section>
  );
}

function MakeBackup() {
  const { db, platform } = useApp();
  const announce = useAnnounce();
  const [progress, setProgress] = useState<{ step: string; fraction: number } | null>(null);
  const [error, setError] = useState('');

  async function save() {
    setError('');
    await startBusy(() => setProgress({ step: 'Reading your data', fraction: 0 }));
    try {
      const now = new Date().toISOString();
      const { header, bytes } = await exportBackup(db, {
        appVersion: await platform.appVersion(),
        now,
        onProgress: setProgress,
      });
      const saved = await platform.saveFile({
        suggestedName: backupFileName(now),
        type: BACKUP_FILE_TYPE,
        data: bytes,
      });
      if (saved.saved) {
        const records = header.tables.reduce((sum, t) => sum + t.rows, 0);
        announce(
          `Backup saved as ${saved.fileName}: ${records.toLocaleString('en-GB')} records, ${readableSize(bytes.byteLength)}.`,
        );
      } else if (saved.error) {
        setError(saved.error);
      }
    } catch (e) {
      setError(describeStorageError(e));
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="settings-block" aria-labelledby="make-backup-title">
      <h2 id="make-backup-title">Save a backup</h2>
      <p>
        One file with everything: events, people, consent, the board, votes, surveys, claims and
        their receipts.
      </p>
      <button type="button" className="button" onClick={save} disabled={progress !== null}>
        Save a backup
      </button>
      {progress && (
        <p className="backup-progress" aria-busy="true">
          <progress value={progress.fraction} max={1} aria-label={progress.step} /> {progress.step}…
        </p>
      )}
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
        </div>
      )}
    </section>
  );
}

function RestoreFromFile({ restore }: { restore: ReturnType<typeof useRestore> }) {
  const { platform } = useApp();

  async function choose() {
    const opened = await platform.openFile({
      types: [BACKUP_FILE_TYPE],
      maxBytes: MAX_BACKUP_BYTES,
    });
    if (opened.opened) await restore.check(opened.bytes, opened.fileName);
    else if (opened.error) restore.refuse(opened.error);
  }

  return (
    <section className="settings-block" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore from a backup file</h2>
      <p>
        The file is checked completely before anything changes. Restoring replaces everything on
        this laptop; a backup of the current data is made first.
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={choose}
        disabled={restore.busy}
      >
        Restore from a file…
      </button>
      {restore.status}
    </section>
  );
}
