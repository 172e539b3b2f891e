/**
 * Registers every IPC capability. One module per capability area; adding a capability means a
 * function in TwoFeetApi, a channel in IPC_CHANNELS, a schema in ipc-schemas.ts and a handler
 * registered here. The types refuse to compile until the contract, channel and schema agree, and
 * tests/main/built-bundle.test.ts fails unless exactly the channels in IPC_CHANNELS are handled.
 */
import { registerAppInfoHandlers } from './app-info';
import { registerFileHandlers } from './files';
import { createHandle } from './handle';

/** `pageUrl` is the app's own page, the only caller main answers. */
export function registerIpcHandlers(pageUrl: string): void {
  const handle = createHandle(pageUrl);
  registerFileHandlers(handle);
  registerAppInfoHandlers(handle);
}
