/**
 * The IPC contract between the renderer and the main process.
 *
 * Types only (plus channel names): it is imported by main, by the sandboxed preload and, as
 * types, by the renderer. Runtime validation of arguments lives in main (ipc-schemas.ts),
 * because main treats everything arriving over IPC as untrusted.
 */

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FileFilter {
  /** Shown in the dialog, e.g. "CSV spreadsheet". */
  name: string;
  /** Without the dot, e.g. ["csv"]. */
  extensions: string[];
}

export interface SaveFileRequest {
  /** A file name only, never a path, e.g. "keep-in-touch.csv". */
  suggestedName: string;
  filters: FileFilter[];
  /** Text is written as UTF-8; bytes are written as they are. */
  data: string | Uint8Array;
}

export type SaveFileResponse = { saved: true; fileName: string } | { saved: false };

export interface OpenFileRequest {
  filters: FileFilter[];
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
}

export type OpenFileResponse =
  { opened: true; fileName: string; bytes: Uint8Array } | { opened: false };

/** Why an automatic backup was made; it is part of the file's name. */
export type BackupReason = 'daily' | 'before-upgrade' | 'before-restore';

export interface StoreBackupRequest {
  reason: BackupReason;
  /** A whole backup file as the renderer made it (src-renderer/data/backup/format.ts). */
  data: Uint8Array;
  /** How many automatic backups to keep: older ones are deleted. */
  keep: number;
}

/** One automatic backup in <userData>/backups. */
export interface StoredBackupInfo {
  /** Made by main, e.g. "two-feet-2026-11-22T18-00-00-000Z-daily.tfbackup". */
  fileName: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

export interface ReadBackupRequest {
  /** A name listBackups answered. */
  fileName: string;
}

/** The whole API the preload exposes on window.twoFeet: one named function per capability. */
export interface TwoFeetApi {
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenFileResponse>>;
  appVersion(): Promise<IpcResult<string>>;
  /** Opens (or brings forward) the projector window for one event; on a second display if any. */
  openVenueScreen(eventId: string): Promise<IpcResult<void>>;
  /** Puts the calling window in kiosk mode, or takes it out. */
  setKioskMode(on: boolean): Promise<IpcResult<void>>;
  /** Whether the daily automatic backup is due: none was made in the last day. */
  backupDue(): Promise<IpcResult<boolean>>;
  /** Writes an automatic backup into <userData>/backups and keeps only the newest `keep`. */
  storeBackup(request: StoreBackupRequest): Promise<IpcResult<StoredBackupInfo>>;
  /** The automatic backups, newest first. */
  listBackups(): Promise<IpcResult<StoredBackupInfo[]>>;
  /** The bytes of one automatic backup. */
  readBackup(request: ReadBackupRequest): Promise<IpcResult<Uint8Array>>;
}

export const IPC_CHANNELS = {
  saveFile: 'files:save',
  openFile: 'files:open',
  appVersion: 'app:version',
  openVenueScreen: 'windows:open-venue-screen',
  setKioskMode: 'windows:set-kiosk-mode',
  backupDue: 'backups:due',
  storeBackup: 'backups:store',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
} as const satisfies Record<keyof TwoFeetApi, string>;

/** The name under which the preload exposes the API on window. */
export const API_GLOBAL = 'twoFeet';
