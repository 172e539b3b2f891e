import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './test';

/** Reads every row of a table straight from IndexedDB, without going through the app. */
export async function readTable<T = Record<string, unknown>>(
  page: Page,
  table: string,
): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('two-feet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Fails with the list of violations, so the report says what to fix. */
/** The display modes every screen is checked in. */
export const DISPLAY_MODES = ['standard', 'large'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** Makes the app open in this display mode (as Settings would have stored it). */
export async function startInDisplayMode(page: Page, mode: DisplayMode): Promise<void> {
  await page.addInitScript((m) => localStorage.setItem('two-feet.display-mode', m), mode);
}

export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

export interface TaskforceDetails {
  name: string;
  theme: string;
  communities?: string;
}

export interface EventDetails {
  title: string;
  date: string;
  venueName: string;
  startTime?: string;
  endTime?: string;
}

/** The Events screen in the words a facilitator would use. */
export class EventsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/#/events');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  }

  async createTaskforce({ name, theme, communities }: TaskforceDetails) {
    await this.page.getByRole('button', { name: 'New taskforce' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New taskforce' });
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Theme').fill(theme);
    if (communities) await dialog.getByLabel('Communities it aims to reach').fill(communities);
    await dialog.getByRole('button', { name: 'Save taskforce' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  async addEvent(taskforce: string, details: EventDetails) {
    await this.page.getByRole('button', { name: `Add event to ${taskforce}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New event' });
    await dialog.getByLabel('Title').fill(details.title);
    await dialog.getByLabel('Date').fill(details.date);
    if (details.startTime) await dialog.getByLabel('Start time').fill(details.startTime);
    if (details.endTime) await dialog.getByLabel('End time').fill(details.endTime);
    await dialog.getByLabel('Venue name').fill(details.venueName);
    await dialog.getByRole('button', { name: 'Save event' }).click();
    await expect(dialog).toBeHidden();
  }

  eventItem(title: string) {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }
}

/**
 * Writes records straight into IndexedDB, as another device or an earlier session would have,
 * then reloads so the app's live queries start from what is stored. The page must have opened
 * the app once (so the database exists at the current version).
 */
export async function seed(page: Page, rows: Record<string, object[]>): Promise<void> {
  await page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('two-feet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [table, records] of Object.entries(tables)) {
            for (const record of records) tx.objectStore(table).put(record);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
  await page.reload();
}
