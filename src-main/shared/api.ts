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

/** The whole API the preload exposes on window.twoFeet: one named function per capability. */
export interface TwoFeetApi {
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenFileResponse>>;
  appVersion(): Promise<IpcResult<string>>;
}

export const IPC_CHANNELS = {
  saveFile: 'files:save',
  openFile: 'files:open',
  appVersion: 'app:version',
} as const satisfies Record<keyof TwoFeetApi, string>;

/** The name under which the preload exposes the API on window. */
export const API_GLOBAL = 'twoFeet';
