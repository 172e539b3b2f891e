import type { TwoFeetApi } from '../../src-main/shared/api';
import type { Platform } from './platform';

/** The desktop app: native dialogs through the narrow preload API. */
export function electronPlatform(api: TwoFeetApi): Platform {
  return {
    kind: 'electron',
    async saveFile({ suggestedName, type, data }) {
      const result = await api.saveFile({
        suggestedName,
        filters: [{ name: type.description, extensions: type.extensions }],
        data,
      });
      if (!result.ok) return { saved: false, error: result.error };
      return result.value;
    },
    async openFile({ types, maxBytes }) {
      const result = await api.openFile({
        filters: types.map((t) => ({ name: t.description, extensions: t.extensions })),
        maxBytes,
      });
      if (!result.ok) return { opened: false, error: result.error };
      return result.value;
    },
    async appVersion() {
      const result = await api.appVersion();
      return result.ok ? result.value : 'unknown';
    },
    async openVenueScreen(eventId) {
      const result = await api.openVenueScreen(eventId);
      return result.ok ? { opened: true } : { opened: false, error: result.error };
    },
    async setKioskMode(on) {
      const result = await api.setKioskMode(on);
      if (!result.ok) console.warn('Kiosk mode could not be changed', result.error);
    },
    backups: {
      available: true,
      isDue: () => api.backupDue(),
      store: (request) => api.storeBackup(request),
      list: () => api.listBackups(),
      read: (fileName) => api.readBackup({ fileName }),
    },
  };
}
