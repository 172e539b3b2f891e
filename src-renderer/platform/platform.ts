import type { IpcResult, StoreBackupRequest, StoredBackupInfo } from '../../src-main/shared/api';

/**
 * What differs between the desktop app and a plain browser. Screens use only this
 * interface, so the whole renderer runs and is tested in Chromium.
 */
export interface FileType {
  /** e.g. "CSV spreadsheet" */
  description: string;
  /** e.g. "text/csv" */
  mimeType: string;
  /** without the dot, e.g. ["csv"] */
  extensions: string[];
}

export interface SaveRequest {
  suggestedName: string;
  type: FileType;
  data: string | Uint8Array;
}

export type SaveOutcome = { saved: true; fileName: string } | { saved: false; error?: string };

export interface OpenRequest {
  types: FileType[];
  maxBytes: number;
}

export type OpenOutcome =
  { opened: true; fileName: string; bytes: Uint8Array } | { opened: false; error?: string };

export interface Platform {
  kind: 'electron' | 'browser';
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  openFile(request: OpenRequest): Promise<OpenOutcome>;
  appVersion(): Promise<string>;
  /**
   * Opens the projector's venue screen for an event: a second window on the desktop (on a second
   * display when there is one; the open one is brought forward), a new tab in a browser.
   */
  openVenueScreen(eventId: string): Promise<VenueScreenOutcome>;
  /**
   * Fills the screen and locks the window to this page (kiosk), or leaves that mode. In a browser
   * this is full screen, where allowed; a refusal is ignored.
   */
  setKioskMode(on: boolean): Promise<void>;
  /** The desktop app's automatic backups, kept by main in the user-data folder. */
  backups: AutomaticBackups;
}

export type StoredBackup = StoredBackupInfo;

/** In a browser `available` is false and every call answers BACKUPS_ONLY_IN_DESKTOP. */
export interface AutomaticBackups {
  available: boolean;
  isDue(): Promise<IpcResult<boolean>>;
  store(request: StoreBackupRequest): Promise<IpcResult<StoredBackup>>;
  list(): Promise<IpcResult<StoredBackup[]>>;
  read(fileName: string): Promise<IpcResult<Uint8Array>>;
}

export const BACKUPS_ONLY_IN_DESKTOP = 'Automatic backups are only in the desktop app.';

export type VenueScreenOutcome = { opened: true } | { opened: false; error: string };
