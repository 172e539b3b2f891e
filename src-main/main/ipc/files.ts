/**
 * Saving and opening files through the system dialogs. The user picks every path, so the
 * renderer never names a place on disk: it only suggests a file name.
 */
import { open, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BrowserWindow, app, dialog } from 'electron';
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { OpenFileResponse, SaveFileResponse } from '../../shared/api';
import { ipcArgsSchemas } from '../../shared/ipc-schemas';
import type { ArgsOf, Handle } from './handle';
import { UserFacingError } from './user-facing-error';

export function registerFileHandlers(handle: Handle): void {
  handle('saveFile', ipcArgsSchemas.saveFile, saveFile);
  handle('openFile', ipcArgsSchemas.openFile, openFile);
}

export async function saveFile(
  [request]: ArgsOf<'saveFile'>,
  event: IpcMainInvokeEvent,
): Promise<SaveFileResponse> {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
  };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };

  await writeFile(choice.filePath, request.data);
  return { saved: true, fileName: basename(choice.filePath) };
}

export async function openFile(
  [request]: ArgsOf<'openFile'>,
  event: IpcMainInvokeEvent,
): Promise<OpenFileResponse> {
  const options: OpenDialogOptions = { filters: request.filters, properties: ['openFile'] };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const choice = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return { opened: false };

  // Size is checked on the open handle, so the file read is the file that was measured.
  const file = await open(filePath, 'r');
  try {
    const stats = await file.stat();
    if (!stats.isFile()) throw new UserFacingError('That is not a file that can be opened.');
    if (stats.size > request.maxBytes) {
      throw new UserFacingError(
        `That file is ${formatSize(stats.size)}; the most this can open is ${formatSize(request.maxBytes)}.`,
      );
    }
    const contents = await file.readFile();
    return {
      opened: true,
      fileName: basename(filePath),
      // A plain Uint8Array view: it crosses IPC as exactly the file's bytes.
      bytes: new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength),
    };
  } finally {
    await file.close();
  }
}

const KB = 1024;
const MB = 1024 * KB;

/** "250 MB", "1.5 MB", "800 KB": whole numbers where possible, as people say sizes. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${round(bytes / MB)} MB`;
  if (bytes >= KB) return `${round(bytes / KB)} KB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
