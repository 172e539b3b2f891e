import type { Page } from '@playwright/test';
import { expect } from './test';
import { checkIn } from '../../src-renderer/domain/people/attendance';
import {
  type Person,
  emptyPersonInput,
  personRecord,
} from '../../src-renderer/domain/people/person';
import { createdMeta } from '../../src-renderer/domain/record';
import { EventsPage, readTable, seed } from './support';

/** Shared set-up for the expenses journeys: an event with people checked in, or not. */

const NOW = { now: '2026-11-20T09:00:00.000Z', actor: 'Test seed' };

export const RECEIPT_PNG = 'tests/fixtures/expenses/receipt.png';
export const RECEIPT_PDF = 'tests/fixtures/expenses/receipt.pdf';
export const NOT_A_RECEIPT = 'tests/fixtures/expenses/not-a-receipt.txt';

export function person(id: string, name: string): Person {
  return personRecord({ ...emptyPersonInput(), name }, createdMeta(id, NOW));
}

export function today(): string {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A taskforce and an event made through the app, then people seeded; those named in
 * `checkedIn` are checked in at the event. Answers the event's id.
 */
export async function eventWithPeople(
  page: Page,
  people: Person[],
  checkedIn: string[],
  title = 'Spring gathering',
): Promise<string> {
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'LGBT & Cancer', theme: 'LGBT communities' });
  await events.addEvent('LGBT & Cancer', { title, date: today(), venueName: 'Leeds Centre' });
  const [event] = await readTable<{ id: string }>(page, 'events');
  if (!event) throw new Error('the event was not saved');
  const attendance = checkedIn.map(
    (personId) =>
      checkIn(undefined, { eventId: event.id, personId }, `a-${personId}`, NOW).attendance,
  );
  await seed(page, { people, attendance });
  return event.id;
}

/** Starts a claim through the New claim dialog and waits for the claim page. */
export async function startClaim(page: Page, claimant: string, costCode: string) {
  await page.goto('/#/expenses');
  await page.getByRole('button', { name: 'New claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'New claim' });
  await dialog.getByLabel('Event').selectOption({ label: `Spring gathering (${today()})` });
  await dialog.getByLabel('Who is claiming').selectOption({ label: `${claimant} (checked in)` });
  await dialog.getByLabel('Cost code').fill(costCode);
  await dialog.getByRole('button', { name: 'Start claim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Claim: ${claimant}` })).toBeVisible();
}

export interface StoredLine {
  id: string;
  category: string;
  amountPence: number;
  receiptIds: string[];
}

export interface StoredClaimRow {
  id: string;
  status: string;
  lines: StoredLine[];
  trail: { from: string; to: string; by: string; reason?: string }[];
}

export const claims = (page: Page) => readTable<StoredClaimRow>(page, 'claims');
