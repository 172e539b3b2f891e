import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
  isPackaged: true,
}));

vi.mock('electron', () => ({
  Menu: {
    setApplicationMenu: electron.setApplicationMenu,
    buildFromTemplate: electron.buildFromTemplate,
  },
  app: {
    getName: () => 'Two Feet',
    getVersion: () => '0.1.0',
    get isPackaged() {
      return electron.isPackaged;
    },
  },
  dialog: { showMessageBox: electron.showMessageBox },
  BrowserWindow: { getFocusedWindow: () => null },
}));

const { buildMenuTemplate, installApplicationMenu } = await import('../../src-main/main/menu');

type Item = MenuItemConstructorOptions;

function allItems(items: Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu as Item[]) : []),
  ]);
}

function template(overrides: { isMac?: boolean; isPackaged?: boolean; showAbout?: () => void }) {
  return buildMenuTemplate({
    appName: 'Two Feet',
    version: '0.1.0',
    isMac: false,
    isPackaged: true,
    showAbout: () => undefined,
    ...overrides,
  });
}

const roles = (items: Item[]) => allItems(items).map((item) => item.role);

describe('buildMenuTemplate', () => {
  it('uses the standard menus in the usual order', () => {
    expect(template({}).map((item) => item.role ?? item.label)).toEqual([
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  it('starts with the app menu on macOS only', () => {
    expect(template({ isMac: true })[0]?.role).toBe('appMenu');
    expect(roles(template({ isMac: false }))).not.toContain('appMenu');
  });

  it('leaves DevTools and reload out of a packaged app', () => {
    const packaged = roles(template({ isPackaged: true }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('viewMenu'); // that role would bring DevTools back
    expect(packaged).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('offers DevTools while developing', () => {
    expect(roles(template({ isPackaged: false }))).toContain('toggleDevTools');
  });

  it('has an About item that shows the version, and the version itself', () => {
    const showAbout = vi.fn();
    const help = template({ showAbout }).find((item) => item.role === 'help');
    const items = (help?.submenu ?? []) as Item[];
    const about = items.find((item) => item.label === 'About Two Feet');
    about?.click?.({} as never, undefined, {} as never);
    expect(showAbout).toHaveBeenCalledOnce();
    expect(items.map((item) => item.label)).toContain('Version 0.1.0');
  });
});

describe('installApplicationMenu', () => {
  it('sets the menu built from the template, with the real version in About', async () => {
    electron.isPackaged = true;
    installApplicationMenu();
    const built = electron.buildFromTemplate.mock.results[0]?.value as { template: Item[] };
    expect(electron.setApplicationMenu).toHaveBeenCalledExactlyOnceWith(built);
    expect(roles(built.template)).not.toContain('toggleDevTools');

    const about = allItems(built.template).find((item) => item.label === 'About Two Feet');
    about?.click?.({} as never, undefined, {} as never);
    await Promise.resolve();
    expect(electron.showMessageBox).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ message: 'Two Feet', detail: expect.stringContaining('0.1.0') }),
    );
  });
});
