import { routeHref } from '../app/routes';
import { BACKUPS_ONLY_IN_DESKTOP, type OpenOutcome, type Platform } from './platform';

/** A plain browser (npm run web, and the tests): downloads and a file input. */
export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    async saveFile({ suggestedName, type, data }) {
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], {
        type: type.mimeType,
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started by now; free the memory a moment later.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, fileName: suggestedName };
    },
    openFile({ types, maxBytes }) {
      return new Promise<OpenOutcome>((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = types
          .flatMap((t) => [...t.extensions.map((e) => `.${e}`), t.mimeType])
          .join(',');
        input.hidden = true;
        input.addEventListener('cancel', () => resolve({ opened: false }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve({ opened: false });
          if (file.size > maxBytes) {
            return resolve({
              opened: false,
              error: `That file is ${megabytes(file.size)}; the most this can open is ${megabytes(maxBytes)}.`,
            });
          }
          file
            .arrayBuffer()
            .then((buffer) =>
              resolve({ opened: true, fileName: file.name, bytes: new Uint8Array(buffer) }),
            )
            .catch(() => resolve({ opened: false, error: 'That file could not be read.' }));
        });
        document.body.append(input);
        input.click();
      });
    },
    async appVersion() {
      return __APP_VERSION__;
    },
    async openVenueScreen(eventId) {
      const url = new URL(window.location.href);
      url.hash = routeHref('venue', eventId);
      // Named per event, so asking again reuses that event's tab rather than opening another.
      const tab = window.open(url.href, `two-feet-venue-${eventId}`);
      if (!tab) {
        return {
          opened: false,
          error: `The browser blocked the new tab. Allow pop-ups for this page, or open ${url.href} in a new tab.`,
        };
      }
      tab.focus();
      return { opened: true };
    },
    async setKioskMode(on) {
      try {
        if (on && document.fullscreenEnabled && !document.fullscreenElement) {
          await document.documentElement.requestFullscreen();
        } else if (!on && document.fullscreenElement) {
          await document.exitFullscreen();
        }
      } catch {
        // Full screen needs a user gesture and may be refused; the page works without it.
      }
    },
    backups: {
      available: false,
      isDue: async () => ({ ok: false, error: BACKUPS_ONLY_IN_DESKTOP }),
      store: async () => ({ ok: false, error: BACKUPS_ONLY_IN_DESKTOP }),
      list: async () => ({ ok: false, error: BACKUPS_ONLY_IN_DESKTOP }),
      read: async () => ({ ok: false, error: BACKUPS_ONLY_IN_DESKTOP }),
    },
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}
