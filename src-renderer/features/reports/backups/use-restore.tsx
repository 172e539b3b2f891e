import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { type ParsedBackup, readBackup } from '../../../data/backup/read-backup';
import { ConfirmDialog } from '../../../ui/Dialog';
import { startBusy } from '../../../ui/start-busy';
import { readableDateTime, replaceWithBackup } from './restore-flow';

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; message: string }
  | { kind: 'confirm'; backup: ParsedBackup; source: string }
  | { kind: 'working'; step: string }
  | { kind: 'done'; ok: boolean; message: string };

/**
 * Restoring, whichever way the backup arrived (a file, an automatic backup): check the whole
 * file, ask, then replace. `status` shows where it has got to, next to the control used.
 */
export function useRestore() {
  const { db, platform, commandContext } = useApp();
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });

  async function check(bytes: Uint8Array, source: string) {
    // Reading a large file blocks the page for a moment: show that it is working first.
    await startBusy(() => setState({ kind: 'checking' }));
    const read = await readBackup(bytes);
    setState(
      read.ok
        ? { kind: 'confirm', backup: read.backup, source }
        : { kind: 'refused', message: read.message },
    );
  }

  async function replace(backup: ParsedBackup) {
    await startBusy(() => setState({ kind: 'working', step: 'Starting…' }));
    const outcome = await replaceWithBackup(db, platform, backup, commandContext(), (step) =>
      setState({ kind: 'working', step }),
    );
    setState({ kind: 'done', ...outcome });
  }

  const status = (
    <RestoreStatus state={state} onConfirm={replace} onCancel={() => setState({ kind: 'idle' })} />
  );
  return {
    busy: state.kind === 'checking' || state.kind === 'working',
    check,
    refuse: (message: string) => setState({ kind: 'refused', message }),
    status,
  };
}

function RestoreStatus(props: {
  state: RestoreState;
  onConfirm: (backup: ParsedBackup) => void;
  onCancel: () => void;
}) {
  const { state } = props;
  switch (state.kind) {
    case 'idle':
      return null;
    case 'checking':
      return <p aria-busy="true">Checking the backup…</p>;
    case 'working':
      return (
        <p className="backup-progress" aria-busy="true">
          <progress aria-label={state.step} /> {state.step}
        </p>
      );
    case 'refused':
      return (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>This file was not restored.</strong> {state.message}
          </p>
        </div>
      );
    case 'done':
      return (
        <div className={`notice notice--${state.ok ? 'success' : 'error'}`} role="alert">
          <p>{state.message}</p>
        </div>
      );
    case 'confirm': {
      const { header } = state.backup;
      const records = header.tables.reduce((sum, t) => sum + t.rows, 0);
      return (
        <ConfirmDialog
          title="Replace everything on this laptop?"
          confirmLabel="Replace with this backup"
          onCancel={props.onCancel}
          onConfirm={() => props.onConfirm(state.backup)}
          message={
            <>
              <dl className="facts">
                <dt>Backup</dt>
                <dd>{state.source}</dd>
                <dt>Made on</dt>
                <dd>{readableDateTime(header.createdAt)}</dd>
                <dt>Made with</dt>
                <dd>
                  Two Feet {header.appVersion} (data version {header.schemaVersion})
                </dd>
                <dt>Records</dt>
                <dd>{records.toLocaleString('en-GB')}</dd>
              </dl>
              <p>
                This replaces everything on this laptop with the backup. A backup of the current
                data is made first, so you can go back.
              </p>
            </>
          }
        />
      );
    }
  }
}
