import { useState } from 'react';
import { MAX_BACKUP_BYTES, BACKUP_FILE_TYPE } from '../data/backup/format';
import { readBackup, type ParsedBackup } from '../data/backup/read-backup';
import { recoverWithBackup } from '../data/backup/recover';
import { readableDateTime } from '../features/reports/backups/restore-flow';
import type { Platform } from '../platform/platform';
import { ConfirmDialog } from '../ui/Dialog';

/**
 * Shown instead of an empty app when the database cannot be opened. When a backup can help,
 * it offers to restore the latest one (desktop: from the automatic backups; browser: a file).
 */
export function StartupError({ message, platform }: { message: string; platform?: Platform }) {
  return (
    <main className="shell__main" id="main">
      <h1>Two Feet could not start</h1>
      <div className="notice notice--error" role="alert">
        <p>{message}</p>
      </div>
      <p>What you can do:</p>
      <ul>
        <li>Close any other Two Feet windows, then try again.</li>
        <li>If your disk is full, free some space, then try again.</li>
        {platform && <li>If it still does not start, restore your latest backup.</li>}
      </ul>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Try again
        </button>
        {platform && <RestoreLatest platform={platform} />}
      </div>
    </main>
  );
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; step: string }
  | { kind: 'confirm'; backup: ParsedBackup }
  | { kind: 'failed'; message: string };

function RestoreLatest({ platform }: { platform: Platform }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function findBackup(): Promise<Uint8Array | string | null> {
    if (!platform.backups.available) {
      const opened = await platform.openFile({
        types: [BACKUP_FILE_TYPE],
        maxBytes: MAX_BACKUP_BYTES,
      });
      return opened.opened ? opened.bytes : (opened.error ?? null);
    }
    const list = await platform.backups.list();
    if (!list.ok) return list.error;
    const [latest] = list.value;
    if (!latest)
      return 'There are no automatic backups on this laptop. Restore from a backup file you saved instead.';
    const read = await platform.backups.read(latest.fileName);
    return read.ok ? read.value : read.error;
  }

  async function start() {
    setState({ kind: 'busy', step: 'Looking for the backup…' });
    const found = await findBackup();
    if (found === null) return setState({ kind: 'idle' });
    if (typeof found === 'string') return setState({ kind: 'failed', message: found });
    setState({ kind: 'busy', step: 'Checking the backup…' });
    const read = await readBackup(found);
    setState(
      read.ok
        ? { kind: 'confirm', backup: read.backup }
        : { kind: 'failed', message: read.message },
    );
  }

  async function restore(backup: ParsedBackup) {
    setState({ kind: 'busy', step: 'Restoring the backup…' });
    const outcome = await recoverWithBackup(backup, new Date().toISOString());
    if (outcome.ok) window.location.reload();
    else setState({ kind: 'failed', message: outcome.message });
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={start}
        disabled={state.kind === 'busy'}
      >
        {platform.backups.available ? 'Restore the latest backup' : 'Restore a backup file…'}
      </button>
      {state.kind === 'busy' && <p aria-busy="true">{state.step}</p>}
      {state.kind === 'failed' && (
        <div className="notice notice--error" role="alert">
          <p>{state.message}</p>
        </div>
      )}
      {state.kind === 'confirm' && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore this backup"
          onCancel={() => setState({ kind: 'idle' })}
          onConfirm={() => void restore(state.backup)}
          message={
            <p>
              The backup from {readableDateTime(state.backup.header.createdAt)} will replace the
              data Two Feet cannot open. Anything saved after that backup is lost.
            </p>
          }
        />
      )}
    </>
  );
}
