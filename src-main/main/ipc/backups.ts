/**
 * Automatic backups over IPC (see ../backups.ts). The folder is always <userData>/backups;
 * the renderer sends only the bytes, why they were made, and how many backups to keep.
 */
import { app } from 'electron';
import { ipcArgsSchemas } from '../../shared/ipc-schemas';
import { backupsFolder, isBackupDue, listBackups, readBackupFile, storeBackup } from '../backups';
import type { Handle } from './handle';

export function registerBackupHandlers(handle: Handle, clock: () => Date = () => new Date()): void {
  const folder = () => backupsFolder(app.getPath('userData'));
  handle('backupDue', ipcArgsSchemas.backupDue, () => isBackupDue(folder(), clock()));
  handle('storeBackup', ipcArgsSchemas.storeBackup, ([request]) =>
    storeBackup(folder(), request, clock()),
  );
  handle('listBackups', ipcArgsSchemas.listBackups, () => listBackups(folder()));
  handle('readBackup', ipcArgsSchemas.readBackup, ([request]) =>
    readBackupFile(folder(), request.fileName),
  );
}
