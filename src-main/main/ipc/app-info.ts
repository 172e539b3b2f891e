/** Facts about the app itself that the renderer shows (About, backups' metadata). */
import { app } from 'electron';
import { ipcArgsSchemas } from '../../shared/ipc-schemas';
import type { Handle } from './handle';

export function registerAppInfoHandlers(handle: Handle): void {
  handle('appVersion', ipcArgsSchemas.appVersion, () => app.getVersion());
}
