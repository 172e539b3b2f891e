import type { Page } from '@playwright/test';
import type { GroupRecord } from '../../src-renderer/domain/board/group-record';
import type { Slot, Space } from '../../src-renderer/domain/board/grid';
import type { Topic } from '../../src-renderer/domain/board/topics';
import type { BoardTimer } from '../../src-renderer/domain/venue/timer';
import {
  BLANK,
  CANNOT_STORE,
  type FieldCase,
  HUGE,
  IMG,
  NUL,
  RLO,
  SCRIPT,
  TOO_LONG,
  expectRefused,
  failOnDialogs,
  snapshot,
  textCases,
} from './bad-input-support';
import {
  cell,
  checkedIn,
  named,
  openBoard,
  person,
  slot,
  space,
  topic,
  topicHandle,
} from './board-support';
import { readTable } from './support';
import { expect, test } from './test';
import { timerRow } from './venue-support';

/**
 * Bad input, everywhere: the board's forms (topics beyond their title, time slots, spaces, group
 * records) and the venue timer. Each bad value gets its message at the field and writes nothing;
 * a valid follow-up still works and hostile markup shows as text.
 */

failOnDialogs();

const TABLES = [
  'boardTopics',
  'boardSlots',
  'boardSpaces',
  'boardCells',
  'boardGroupRecords',
  'auditLog',
];

const dialogFrom = (page: Page, button: string, title: string) => async () => {
  await page.getByRole('button', { name: button, exact: true }).click();
  return page.getByRole('dialog', { name: title });
};

test('a topic refuses bad descriptions, tags and convener names', async ({ page }) => {
  await openBoard(page);
  const open = dialogFrom(page, 'Add topic', 'Add a topic');
  const form = {
    open: async () => {
      const dialog = await open();
      await dialog
        .getByLabel('Convener', { exact: true })
        .selectOption({ label: 'Someone else (type their name)' });
      return dialog;
    },
    valid: { Title: 'Access to GPs', 'Convener: name': 'Sam' },
    submit: 'Add topic',
  };
  const tooMany = Array.from({ length: 11 }, (_, i) => `tag${i}`).join(', ');
  const cases: FieldCase[] = [
    ...textCases('Convener: name', /^Enter the convener's name\.$/),
    { label: 'Short description', value: NUL, message: CANNOT_STORE },
    { label: 'Short description', value: RLO, message: CANNOT_STORE },
    { label: 'Tags', value: `access, ${HUGE}`, message: TOO_LONG },
    { label: 'Tags', value: `access, ${NUL}`, message: CANNOT_STORE },
    { label: 'Tags', value: tooMany, message: /Use 10 tags or fewer\./ },
  ];
  await expectRefused(page, form, cases, TABLES);

  const dialog = await form.open();
  await dialog.getByLabel('Title').fill('Access to GPs');
  await dialog.getByLabel('Convener: name').fill(IMG);
  await dialog.getByLabel('Tags').fill(`${SCRIPT}, access, ACCESS, , `);
  await dialog.getByRole('button', { name: 'Add topic' }).click();
  await expect(dialog).toBeHidden();
  await expect(topicHandle(page, 'Access to GPs')).toContainText(IMG);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const [stored] = await readTable<Topic>(page, 'boardTopics');
  expect(stored?.tags).toEqual([SCRIPT, 'access']);
  expect(stored?.conveners).toEqual([{ kind: 'name', name: IMG }]);
});

test('a space refuses bad names, capacities and access notes', async ({ page }) => {
  await openBoard(page, { boardSpaces: [space('sp-garden', 'Garden room', 1)] });
  const form = {
    open: dialogFrom(page, 'Add space', 'Add a space'),
    valid: { Name: 'Main hall', Capacity: '30' },
    submit: 'Save space',
  };
  const capacity = (value: string): FieldCase => ({
    label: 'Capacity',
    value,
    message: /Enter how many people the space holds, a whole number from 1 to 1000\./,
  });
  const cases: FieldCase[] = [
    ...textCases('Name', /^Enter the name of the space\.$/),
    {
      label: 'Name',
      value: ' garden  ROOM ',
      message: /There is already a space called Garden room/,
    },
    ...['0', '-3', 'twelve', '2.5', '1e3', '1001', '99999999999999999999', BLANK].map(capacity),
    { label: 'Accessibility notes', value: HUGE, message: TOO_LONG },
    { label: 'Accessibility notes', value: NUL, message: CANNOT_STORE },
    { label: 'Accessibility notes', value: RLO, message: CANNOT_STORE },
  ];
  await expectRefused(page, form, cases, TABLES);

  const dialog = await form.open();
  await dialog.getByLabel('Name', { exact: true }).fill(SCRIPT);
  await dialog.getByLabel('Capacity').fill('1000');
  await dialog.getByLabel('Accessibility notes').fill(IMG);
  await dialog.getByRole('button', { name: 'Save space' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Spaces' })).toContainText(SCRIPT);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const spaces = await readTable<Space>(page, 'boardSpaces');
  expect(spaces.find((s) => s.name === SCRIPT)).toMatchObject({ capacity: 1000, notes: IMG });
});

test('a time slot refuses missing, reversed, equal and overlapping times and bad labels', async ({
  page,
}) => {
  await openBoard(page, { boardSlots: [slot('s-10', '10:00', '11:00')] });
  const form = {
    open: dialogFrom(page, 'Add time slot', 'Add a time slot'),
    valid: { Start: '11:00', End: '12:00' },
    submit: 'Save time slot',
  };
  const cases: FieldCase[] = [
    { label: 'Start', value: '', message: /^Enter the start time as hours and minutes/ },
    { label: 'End', value: '', message: /^Enter the end time as hours and minutes/ },
    { label: 'End', value: '10:30', message: /^The end time must be after the start time/ },
    { label: 'End', value: '11:00', message: /^The end time must be after the start time/ },
    { label: 'Start', value: '10:59', message: /^This overlaps the 10:00 slot \(10:00–11:00\)/ },
    { label: 'Start', value: '09:00', message: /^This overlaps the 10:00 slot/ },
    { label: 'Label', value: HUGE, message: TOO_LONG },
    { label: 'Label', value: NUL, message: CANNOT_STORE },
    { label: 'Label', value: RLO, message: CANNOT_STORE },
  ];
  await expectRefused(page, form, cases, TABLES);

  // Touching the slot before it is fine, and a hostile label is shown as text.
  const dialog = await form.open();
  await dialog.getByLabel('Start').fill('11:00');
  await dialog.getByLabel('End').fill('12:00');
  await dialog.getByLabel('Label').fill(IMG);
  await dialog.getByRole('button', { name: 'Save time slot' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Time slots' })).toContainText(IMG);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const slots = await readTable<Slot>(page, 'boardSlots');
  expect(slots.map((s) => [s.start, s.end, s.label]).sort()).toEqual([
    ['10:00', '11:00', ''],
    ['11:00', '12:00', IMG],
  ]);
});

test('a group record refuses bad key points, actions and reporters', async ({ page }) => {
  const people = [person('p-ana', 'Ana Diaz')];
  await openBoard(
    page,
    {
      people,
      attendance: people.map((p) => checkedIn(p.id)),
      boardSlots: [slot('s1', '10:00', '11:00')],
      boardSpaces: [space('garden', 'Garden room', 1)],
      boardTopics: [topic('t1', 'Mental health', named('Jo'), 'placed')],
      boardCells: [cell('s1', 'garden', 't1')],
    },
    'groups',
  );
  await page.getByLabel('Time slot').selectOption({ label: '10:00–11:00' });
  const open = dialogFrom(page, 'Group record for Mental health', 'Group record: Mental health');
  const form = {
    open: async () => {
      const dialog = await open();
      await dialog
        .getByLabel('Who reports back', { exact: true })
        .selectOption({ label: 'Someone else (type their name)' });
      return dialog;
    },
    valid: {
      'Key points': 'Waiting lists are long',
      'Action 1: what': 'Write to the ICB',
      'Action 1: who': 'Ana',
      'Who reports back: name': 'Jo',
    },
    submit: 'Save group record',
  };
  const thirtyOne = Array.from({ length: 31 }, (_, i) => `Point ${i + 1}`).join('\n');
  const cases: FieldCase[] = [
    { label: 'Key points', value: `Fine\n${HUGE}`, message: TOO_LONG },
    { label: 'Key points', value: `Fine\n${NUL}`, message: CANNOT_STORE },
    { label: 'Key points', value: thirtyOne, message: /Keep to 30 key points or fewer\./ },
    ...textCases('Action 1: what', /^Enter what is to be done\.$/),
    ...textCases('Action 1: who', /^Enter who will do it\.$/),
    { label: 'Action 1: by when', value: '2300-01-01', message: /Enter a real date/ },
    { label: 'Action 1: by when', value: '1850-06-01', message: /Enter a real date/ },
    ...textCases('Who reports back: name', /^Enter the name of who reports back\.$/),
  ];
  await expectRefused(page, form, cases, TABLES);

  const dialog = await form.open();
  await dialog.getByLabel('Key points').fill(`${SCRIPT}\n\n  Peer support helps  `);
  await dialog.getByLabel('Action 1: what').fill(IMG);
  await dialog.getByLabel('Action 1: who').fill('Ana');
  await dialog.getByLabel('Action 1: by when').fill('2099-05-01');
  await dialog.getByLabel('Who reports back: name').fill(SCRIPT);
  await dialog.getByRole('button', { name: 'Save group record' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => (await readTable<GroupRecord>(page, 'boardGroupRecords')).length)
    .toBe(1);
  const [record] = await readTable<GroupRecord>(page, 'boardGroupRecords');
  expect(record).toMatchObject({
    keyPoints: [SCRIPT, 'Peer support helps'],
    actions: [{ what: IMG, who: 'Ana', byWhen: '2099-05-01' }],
    reporter: { kind: 'name', name: SCRIPT },
  });
});

test('the timer cannot be pushed past its maximum, and still sets afterwards', async ({ page }) => {
  const full = 240 * 60_000;
  await openBoard(page, {
    boardTimers: [timerRow({ durationMs: full, startedAt: null, remainingWhenPausedMs: full })],
  });
  const controls = page.getByRole('region', { name: 'Venue screen and timer' });
  // Only whole minutes from a list can be chosen: no 0, negative or typed value gets in.
  const choices = await controls
    .getByLabel('Minutes', { exact: true })
    .locator('option')
    .allTextContents();
  expect(choices.every((c) => /^[1-9]\d* min$/.test(c) && parseInt(c, 10) <= 240)).toBe(true);

  const before = await snapshot(page, ['boardTimers']);
  for (const add of ['Add 1 minute', 'Add 5 minutes']) {
    await controls.getByRole('button', { name: add }).click();
    await expect(controls.getByRole('alert')).toHaveText(
      'The timer cannot run for more than 240 minutes.',
    );
    expect(await snapshot(page, ['boardTimers'])).toEqual(before);
  }

  await controls.getByLabel('Minutes', { exact: true }).selectOption({ label: '15 min' });
  await controls.getByRole('button', { name: 'Set to 15 min' }).click();
  await expect(controls.getByRole('alert')).toBeHidden();
  await expect
    .poll(async () => (await readTable<BoardTimer>(page, 'boardTimers'))[0]?.durationMs)
    .toBe(15 * 60_000);
});
