/**
 * The application menu: Electron's standard roles, so shortcuts, accessibility and the macOS
 * conventions come for free, plus an About item that shows the version.
 */
import { BrowserWindow, Menu, app, dialog } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  version: string;
  isMac: boolean;
  /** DevTools and reload are for developers; a packaged app leaves them out. */
  isPackaged: boolean;
  showAbout: () => void;
}

/** Pure, so the menu's contents are unit-tested without building real menus. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ];

  // The View menu is spelled out because the 'viewMenu' role always includes DevTools.
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const aboutItem: MenuItemConstructorOptions = {
    label: `About ${options.appName}`,
    click: () => options.showAbout(),
  };

  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    viewMenu,
    { role: 'windowMenu' },
    // The version is visible right in the menu too, for reading out on a support call.
    { role: 'help', submenu: [aboutItem, { label: `Version ${options.version}`, enabled: false }] },
  ];
}

function showAboutDialog(): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: app.getName(),
    detail: `Version ${app.getVersion()}\nWorks entirely on this computer; nothing is sent anywhere.`,
  };
  const parent = BrowserWindow.getFocusedWindow();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

export function installApplicationMenu(): void {
  const template = buildMenuTemplate({
    appName: app.getName(),
    version: app.getVersion(),
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    showAbout: showAboutDialog,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
