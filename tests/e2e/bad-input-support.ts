import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { emptyEventInput } from '../../src-renderer/domain/event';
import { createdMeta } from '../../src-renderer/domain/record';
import { emptyTaskforceInput } from '../../src-renderer/domain/taskforce';
import { person, today } from './expenses-setup';
import { type DownloadedFile, csvRows } from './files';
import { readTable, seed } from './support';

/** Hostile and malformed values, and the helpers the bad-input sweep shares. */

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const HUGE = 'x'.repeat(100_000);
export const NUL = 'Sam\u0000Lee';
export const RLO = 'Sam \u202Eeel';
export const BLANK = ' \t  ';

export const TOO_LONG = /must be \d+ characters or fewer \(it has 100000\)/;
export const CANNOT_STORE = /contains characters that cannot be stored/;

/** One bad value for one field, and the message the person must see at that field. */
export interface FieldCase {
  label: string;
  value: string;
  message: RegExp;
}

/** The usual four for a required text field: blank, huge, a NUL and a right-to-left override. */
export function textCases(label: string, required: RegExp): FieldCase[] {
  return [
    { label, value: BLANK, message: required },
    { label, value: HUGE, message: TOO_LONG },
    { label, value: NUL, message: CANNOT_STORE },
    { label, value: RLO, message: CANNOT_STORE },
  ];
}

/** Records every alert, confirm or prompt (dismissing it): hostile text must never run. */
/**
 * Fails the test if an alert, confirm or prompt opens: hostile text must be shown, never run.
 * Call once at the top of a spec file.
 */
export function failOnDialogs(): void {
  let dialogs: string[] = [];
  test.beforeEach(({ page }) => {
    dialogs = watchDialogs(page);
  });
  test.afterEach(() => {
    expect(dialogs, 'no alert may open: hostile text must never run').toEqual([]);
  });
}

/** The Events screen, with rows written straight into IndexedDB first when given. */
export async function openEvents(page: Page, rows: Record<string, object[]> = {}) {
  await page.goto('/#/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  if (Object.keys(rows).length > 0) await seed(page, rows);
}

function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

/** Every row of each table, to prove that refused input wrote nothing. */
export async function snapshot(page: Page, tables: readonly string[]) {
  const rows = await Promise.all(tables.map((table) => readTable(page, table)));
  return Object.fromEntries(tables.map((table, i) => [table, rows[i]]));
}

/**
 * Opens the form once and fills the valid values; then, for each bad value in turn, types it,
 * submits, checks the message is at that field (marked invalid) and the tables are unchanged,
 * and puts the field back as it was. Closes the form at the end.
 */
export async function expectRefused(
  page: Page,
  form: { open: () => Promise<Locator>; valid: Record<string, string>; submit: string },
  cases: readonly FieldCase[],
  tables: readonly string[],
): Promise<void> {
  const before = await snapshot(page, tables);
  const dialog = await form.open();
  for (const [label, value] of Object.entries(form.valid)) {
    await dialog.getByLabel(label, { exact: true }).fill(value);
  }
  for (const bad of cases) {
    const field = dialog.getByLabel(bad.label, { exact: true });
    await field.fill(bad.value);
    await dialog.getByRole('button', { name: form.submit, exact: true }).click();
    const what = `${bad.label} = ${JSON.stringify(bad.value.slice(0, 20))}`;
    await expect(field, what).toHaveAttribute('aria-invalid', 'true');
    await expect(field, what).toHaveAccessibleDescription(bad.message);
    expect(await snapshot(page, tables), what).toEqual(before);
    await field.fill(form.valid[bad.label] ?? '');
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
}

export const SEED = { now: '2026-11-20T09:00:00.000Z', actor: 'Test seed' };

/** A taskforce and today's "Spring gathering" with Sam Lee checked in: enough to start a claim. */
export function claimEventRows() {
  const taskforce = { ...createdMeta('tf-1', SEED), ...emptyTaskforceInput() };
  const event = {
    ...createdMeta('ev-1', SEED),
    ...emptyEventInput('tf-1'),
    title: 'Spring gathering',
    date: today(),
    venueName: 'Hall',
  };
  const attendance = {
    ...createdMeta('att-1', SEED),
    eventId: 'ev-1',
    personId: 'p-sam',
    status: 'checked-in',
    walkIn: false,
    checkedInAt: SEED.now,
    checkedInBy: SEED.actor,
  };
  return {
    taskforces: [{ ...taskforce, name: 'TF', theme: 'Theme' }],
    events: [event],
    people: [person('p-sam', 'Sam Lee')],
    attendance: [attendance],
  };
}

/** Cells that a spreadsheet would run as a formula, or that hide their start (tab, CR). */
export const FORMULAS = [
  '=HYPERLINK("http://evil.example","Click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
] as const;

/** Every cell of a CSV export, the header too: none may start as a formula would. */
export function expectNoFormulaCells(file: DownloadedFile): void {
  const { header, rows } = csvRows(file);
  for (const cell of [...header, ...rows.flatMap((row) => Object.values(row))]) {
    expect(cell, `a cell of ${file.name}`).not.toMatch(/^[=+\-@\t\r]/);
  }
}

/**
 * For a form that stays on the page (no dialog): each bad value is typed, the form submitted,
 * and the message must be at that field, with the tables unchanged. Values in `valid` are typed
 * first and put back after each case.
 */
export async function expectRefusedInPlace(
  page: Page,
  form: { scope: Locator; submit: string; valid?: Record<string, string> },
  cases: readonly FieldCase[],
  tables: readonly string[],
): Promise<void> {
  const valid = form.valid ?? {};
  const field = (label: string) => form.scope.getByLabel(label, { exact: true });
  for (const [label, value] of Object.entries(valid)) await field(label).fill(value);
  const before = await snapshot(page, tables);
  for (const { label, value, message } of cases) {
    const what = `${label} = ${JSON.stringify(value.slice(0, 20))}`;
    await field(label).fill(value);
    await form.scope.getByRole('button', { name: form.submit, exact: true }).click();
    await expect(field(label), what).toHaveAccessibleDescription(message);
    await expect(field(label), what).toHaveAttribute('aria-invalid', 'true');
    expect(await snapshot(page, tables), what).toEqual(before);
    await field(label).fill(valid[label] ?? '');
  }
}
