/**
 * Every IPC argument is untrusted: these tests send what a buggy or compromised renderer might,
 * and check main refuses it in words, without ever opening a dialog or touching the disk.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../src-main/shared/api';
import type { IpcResult } from '../../src-main/shared/api';
import { MAX_FILE_BYTES } from '../../src-main/shared/ipc-schemas';
import { UNTRUSTED_SENDER_MESSAGE } from '../../src-main/main/ipc/handle';
import { APP_PAGE_URL, APP_PATHS } from './fakes';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>;

const electron = vi.hoisted(() => ({
  listeners: new Map<string, Listener>(),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      if (electron.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      electron.listeners.set(channel, listener);
    },
  },
  app: { getVersion: () => '1.2.3', getPath: () => '/home/ada/Documents' },
  dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showOpenDialog },
  BrowserWindow: { fromWebContents: () => null },
}));

const { registerIpcHandlers } = await import('../../src-main/main/ipc');

function eventFrom(url: string | null, parent: object | null = null): IpcMainInvokeEvent {
  const senderFrame = url === null ? null : { url, parent };
  return { senderFrame, sender: {} } as unknown as IpcMainInvokeEvent;
}

async function invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) {
  const listener = electron.listeners.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event, ...args);
}

const fromApp = eventFrom(APP_PAGE_URL);
const csv = { name: 'CSV spreadsheet', extensions: ['csv'] };
const goodSave = { suggestedName: 'keep-in-touch.csv', filters: [csv], data: 'a,b\n' };
const goodOpen = { filters: [csv], maxBytes: 1024 };

/** Expects a refusal whose message contains `words`, and that no dialog was shown. */
async function expectRefused(result: Promise<IpcResult<unknown>>, words: string | RegExp) {
  const answer = await result;
  expect(answer.ok).toBe(false);
  if (!answer.ok) expect(answer.error).toMatch(words);
  expect(electron.showSaveDialog).not.toHaveBeenCalled();
  expect(electron.showOpenDialog).not.toHaveBeenCalled();
}

beforeEach(() => {
  electron.listeners.clear();
  electron.showSaveDialog.mockReset().mockResolvedValue({ canceled: true });
  electron.showOpenDialog.mockReset().mockResolvedValue({ canceled: true, filePaths: [] });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  registerIpcHandlers(APP_PATHS);
});

describe('registration', () => {
  it('handles exactly the channels of the contract', () => {
    expect([...electron.listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });
});

describe('who may call', () => {
  it("answers the app's own page, whatever its route", async () => {
    expect(await invoke(IPC_CHANNELS.appVersion, fromApp)).toEqual({ ok: true, value: '1.2.3' });
    const venue = eventFrom(`${APP_PAGE_URL}#/venue`);
    expect(await invoke(IPC_CHANNELS.appVersion, venue)).toEqual({ ok: true, value: '1.2.3' });
  });

  it('refuses another page, a sub-frame and a frame that is gone', async () => {
    for (const event of [
      eventFrom('https://evil.example/'),
      eventFrom('file:///tmp/evil.html'),
      eventFrom(APP_PAGE_URL, { url: APP_PAGE_URL }),
      eventFrom(null),
    ]) {
      expect(await invoke(IPC_CHANNELS.appVersion, event)).toEqual({
        ok: false,
        error: UNTRUSTED_SENDER_MESSAGE,
      });
    }
  });

  it('refuses before looking at the arguments or showing a dialog', async () => {
    await expectRefused(
      invoke(IPC_CHANNELS.saveFile, eventFrom('https://evil.example/'), goodSave),
      UNTRUSTED_SENDER_MESSAGE,
    );
  });
});

describe('saveFile arguments', () => {
  it('refuses a missing request or missing fields', async () => {
    await expectRefused(invoke(IPC_CHANNELS.saveFile, fromApp), /wrong number of arguments/);
    await expectRefused(invoke(IPC_CHANNELS.saveFile, fromApp, {}), /file name is missing/);
    await expectRefused(
      invoke(IPC_CHANNELS.saveFile, fromApp, { suggestedName: 'a.csv', filters: [] }),
      /file's data is missing/,
    );
  });

  it('refuses wrong types', async () => {
    const cases: [object, RegExp][] = [
      [{ suggestedName: 42 }, /file name must be text/],
      [{ data: { length: 3 } }, /data must be text or bytes/],
      [{ filters: 'csv' }, /file types must be a list/],
      [{ filters: [{ name: 'CSV', extensions: 'csv' }] }, /extensions must be a list/],
    ];
    for (const [change, words] of cases) {
      await expectRefused(
        invoke(IPC_CHANNELS.saveFile, fromApp, { ...goodSave, ...change }),
        words,
      );
    }
    await expectRefused(invoke(IPC_CHANNELS.saveFile, fromApp, 'keep.csv'), /must be an object/);
  });

  it('refuses paths and traversal in the file name', async () => {
    for (const suggestedName of ['../x.csv', '/etc/passwd', 'C:\\Windows\\x.csv', 'a/b.csv']) {
      await expectRefused(
        invoke(IPC_CHANNELS.saveFile, fromApp, { ...goodSave, suggestedName }),
        /without folders/,
      );
    }
    await expectRefused(
      invoke(IPC_CHANNELS.saveFile, fromApp, { ...goodSave, suggestedName: '..' }),
      /must not contain "\.\."/,
    );
  });

  it('refuses control characters, reserved characters and over-long names', async () => {
    const cases: [string, RegExp][] = [
      ['a\u0000b.csv', /control characters/],
      ['report\n.csv', /control characters/],
      ['report\u007f.csv', /control characters/],
      ['what?.csv', /must not contain any of/],
      [' report.csv', /start or end with a space/],
      ['', /file name is empty/],
      [`${'a'.repeat(197)}.csv`, /longer than 200 characters/],
    ];
    for (const [suggestedName, words] of cases) {
      await expectRefused(
        invoke(IPC_CHANNELS.saveFile, fromApp, { ...goodSave, suggestedName }),
        words,
      );
    }
  });

  it('refuses extensions that are not short lower-case words', async () => {
    for (const extension of ['.csv', 'CSV', 'c sv', 'abcdefghijk', '']) {
      const filters = [{ name: 'CSV', extensions: [extension] }];
      await expectRefused(
        invoke(IPC_CHANNELS.saveFile, fromApp, { ...goodSave, filters }),
        /1 to 10 lower-case letters or digits/,
      );
    }
  });

  it('refuses unexpected fields and extra arguments', async () => {
    await expectRefused(
      invoke(IPC_CHANNELS.saveFile, fromApp, { ...goodSave, directory: '/etc' }),
      /unexpected fields: directory/,
    );
    await expectRefused(
      invoke(IPC_CHANNELS.saveFile, fromApp, goodSave, '/etc/passwd'),
      /wrong number of arguments/,
    );
  });

  it('refuses data over 200 MB', async () => {
    const data = new Uint8Array(MAX_FILE_BYTES + 1);
    await expectRefused(
      invoke(IPC_CHANNELS.saveFile, fromApp, { ...goodSave, data }),
      /larger than 200 MB/,
    );
  });

  it('accepts a good request, with text or bytes', async () => {
    for (const data of ['a,b\n', new Uint8Array([1, 2, 3])]) {
      const answer = await invoke(IPC_CHANNELS.saveFile, fromApp, { ...goodSave, data });
      expect(answer).toEqual({ ok: true, value: { saved: false } });
    }
    expect(electron.showSaveDialog).toHaveBeenCalledTimes(2);
  });

  it('starts every message with what was refused', async () => {
    const answer = await invoke(IPC_CHANNELS.saveFile, fromApp, { ...goodSave, suggestedName: '' });
    expect(answer).toEqual({
      ok: false,
      error: 'That request to save a file was refused. The file name is empty.',
    });
  });
});

describe('openFile arguments', () => {
  it('refuses a maximum size that is not a positive whole number up to 200 MB', async () => {
    const cases: [unknown, RegExp][] = [
      [0, /more than zero/],
      [-1, /more than zero/],
      [1.5, /whole number/],
      [MAX_FILE_BYTES + 1, /cannot be more than 200 MB/],
      [Number.POSITIVE_INFINITY, /largest file size/],
      [Number.NaN, /largest file size must be a number/],
      ['1024', /largest file size must be a number/],
      [undefined, /largest file size is missing/],
    ];
    for (const [maxBytes, words] of cases) {
      await expectRefused(invoke(IPC_CHANNELS.openFile, fromApp, { ...goodOpen, maxBytes }), words);
    }
  });

  it('accepts a good request', async () => {
    const answer = await invoke(IPC_CHANNELS.openFile, fromApp, goodOpen);
    expect(answer).toEqual({ ok: true, value: { opened: false } });
    expect(electron.showOpenDialog).toHaveBeenCalledOnce();
  });
});

describe('appVersion arguments', () => {
  it('refuses arguments it does not take', async () => {
    await expectRefused(invoke(IPC_CHANNELS.appVersion, fromApp, 'x'), /wrong number/);
  });
});
