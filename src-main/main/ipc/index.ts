/**
 * Registers every IPC capability. One module per capability area; adding a capability means a
 * function in TwoFeetApi, a channel in IPC_CHANNELS, a schema in ipc-schemas.ts and a handler
 * registered here. The types refuse to compile until the contract, channel and schema agree, and
 * tests/main/built-bundle.test.ts fails unless exactly the channels in IPC_CHANNELS are handled.
 */
import type { AppPaths } from '../app-page';
import { createVenueWindows } from '../venue-window';
import { registerAppInfoHandlers } from './app-info';
import { registerBackupHandlers } from './backups';
import { registerFileHandlers } from './files';
import { createHandle } from './handle';
import { registerWindowHandlers } from './windows';

/** `paths.pageUrl` is the app's own page, the only caller main answers. */
export function registerIpcHandlers(paths: AppPaths): void {
  const handle = createHandle(paths.pageUrl);
  registerFileHandlers(handle);
  registerAppInfoHandlers(handle);
  registerBackupHandlers(handle);
  registerWindowHandlers(handle, createVenueWindows(paths));
}
