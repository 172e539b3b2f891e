/**
 * The preload exposes one function per capability and nothing else; above all, never
 * ipcRenderer, which would let the page call any channel.
 */
import { describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, IPC_CHANNELS } from '../../src-main/shared/api';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((...args: unknown[]) => Promise.resolve({ ok: true, value: args })),
}));

vi.mock('electron', () => {
  const ipcRenderer = { invoke: electron.invoke, on: vi.fn(), send: vi.fn() };
  return {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
    },
    ipcRenderer,
  };
});

await import('../../src-main/preload/index');

const api = electron.exposed.get(API_GLOBAL) as Record<string, unknown>;

describe('preload', () => {
  it(`exposes only ${API_GLOBAL}, with one function per capability`, () => {
    expect([...electron.exposed.keys()]).toEqual([API_GLOBAL]);
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(api)) expect(value).toBeTypeOf('function');
  });

  it('never hands out ipcRenderer or its methods', () => {
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.invoke);
      expect(value).not.toHaveProperty('invoke');
    }
  });

  it('forwards each call to its own channel with exactly its argument', async () => {
    const request = { suggestedName: 'a.csv', filters: [], data: 'x' };
    const call = (name: string, ...args: unknown[]) =>
      (api[name] as (...values: unknown[]) => Promise<unknown>)(...args);

    await call('saveFile', request);
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveFile, request);
    await call('openFile', { filters: [], maxBytes: 10 });
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openFile, {
      filters: [],
      maxBytes: 10,
    });
    await call('appVersion');
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.appVersion);
    await call('openVenueScreen', 'event-1');
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openVenueScreen, 'event-1');
    await call('setKioskMode', true);
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.setKioskMode, true);
  });
});
