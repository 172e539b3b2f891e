/** Windows the renderer may ask for: the projector's venue screen, and kiosk mode. */
import { BrowserWindow } from 'electron';
import { ipcArgsSchemas } from '../../shared/ipc-schemas';
import type { VenueWindows } from '../venue-window';
import type { Handle } from './handle';
import { UserFacingError } from './user-facing-error';

export function registerWindowHandlers(handle: Handle, venueWindows: VenueWindows): void {
  handle('openVenueScreen', ipcArgsSchemas.openVenueScreen, ([eventId], event) => {
    venueWindows.open(eventId, BrowserWindow.fromWebContents(event.sender));
  });
  // Only the window that asked: a page can never put another window in kiosk mode.
  handle('setKioskMode', ipcArgsSchemas.setKioskMode, ([on], event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) throw new UserFacingError('That window has closed.');
    window.setKiosk(on);
  });
}
