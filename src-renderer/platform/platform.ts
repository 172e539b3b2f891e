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
}
