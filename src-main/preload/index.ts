/**
 * The narrow bridge between the page and main: one named function per capability, nothing else.
 *
 * ipcRenderer itself is never exposed (the page could then call any channel and listen to any
 * message). This script runs sandboxed, so it imports only 'electron' and the relative contract,
 * which is bundled in; validation happens in main, which trusts nothing it receives.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, IPC_CHANNELS } from '../shared/api';
import type {
  IpcResult,
  OpenFileRequest,
  OpenFileResponse,
  ReadBackupRequest,
  SaveFileRequest,
  SaveFileResponse,
  StoreBackupRequest,
  StoredBackupInfo,
  TwoFeetApi,
} from '../shared/api';

const api = {
  saveFile: (request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request: OpenFileRequest): Promise<IpcResult<OpenFileResponse>> =>
    ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  appVersion: (): Promise<IpcResult<string>> => ipcRenderer.invoke(IPC_CHANNELS.appVersion),
  openVenueScreen: (eventId: string): Promise<IpcResult<void>> =>
    ipcRenderer.invoke(IPC_CHANNELS.openVenueScreen, eventId),
  setKioskMode: (on: boolean): Promise<IpcResult<void>> =>
    ipcRenderer.invoke(IPC_CHANNELS.setKioskMode, on),
  backupDue: (): Promise<IpcResult<boolean>> => ipcRenderer.invoke(IPC_CHANNELS.backupDue),
  storeBackup: (request: StoreBackupRequest): Promise<IpcResult<StoredBackupInfo>> =>
    ipcRenderer.invoke(IPC_CHANNELS.storeBackup, request),
  listBackups: (): Promise<IpcResult<StoredBackupInfo[]>> =>
    ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  readBackup: (request: ReadBackupRequest): Promise<IpcResult<Uint8Array>> =>
    ipcRenderer.invoke(IPC_CHANNELS.readBackup, request),
} satisfies TwoFeetApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
