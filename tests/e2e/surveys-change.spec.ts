import type { Page } from '@playwright/test';
import { expect, test } from './test';
import type { Answer } from '../../src-renderer/domain/surveys/answers';
import { allQuestions } from '../../src-renderer/domain/surveys/form';
import type { FormVersion } from '../../src-renderer/domain/surveys/versioning';
import { csvRows, downloadFrom } from './files';
import { checkedIn, event, membership, meta, person, taskforce } from './surveys-fixtures';
import { expectNoAxeViolations, readTable, seed } from './support';

const SEEDED = ['p-2', 'p-3', 'p-4', 'p-5', 'p-6'];

/** Confidence (GSE) items on one answer, everything else declined. */
function answers(form: FormVersion, gseCode: string): Record<string, Answer> {
  return Object.fromEntries(
    allQuestions(form).map((q) => [
      q.id,
      q.id.startsWith('gse.') ? { kind: 'choice', optionId: gseCode } : { kind: 'declined' },
    ]),
  );
}

/** Answers every question at the kiosk: all declined, then the Confidence items with `gse`. */
async function fillSurvey(page: Page, gse: string) {
  const declines = page.getByRole('radio', { name: 'Prefer not to answer' });
  const total = await declines.count();
  expect(total).toBeGreaterThan(30);
  for (let i = 0; i < total; i++) await declines.nth(i).check();
  const items = page.getByRole('region', { name: 'Confidence' }).getByRole('group');
  await expect(items).toHaveCount(10);
  for (let i = 0; i < 10; i++) {
    await items.nth(i).getByRole('radio', { name: gse, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
}

test('baseline and follow-up: kiosk answers with seeded ones, the change report and its CSV', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#/surveys');
  await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
  const people = [
    person('p-1', 'Ada Kiosk'),
    ...SEEDED.map((id, i) => person(id, `Seeded Person ${i + 2}`)),
    person('p-7', 'Zoe Notyet'),
  ];
  await seed(page, {
    taskforces: [taskforce],
    events: [event('ev-1', 'Taskforce meeting', '2026-11-01')],
    people,
    memberships: people.map((p) => membership(p.id, '2026-11-01')),
    attendance: [checkedIn('ev-1', 'p-1')],
  });

  await page.getByRole('link', { name: 'New: Baseline and follow-up survey' }).click();
  await expectNoAxeViolations(page, 'survey builder from the template');
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Taskforce survey (baseline and follow-up)' }),
  ).toBeVisible();
  const [form] = await readTable<FormVersion & { id: string }>(page, 'surveyFormVersions');
  if (!form) throw new Error('no form version stored');

  const seededResponses = SEEDED.flatMap((participantId) =>
    (
      [
        ['baseline', '2026-05-01', 'hardly-true'],
        ['month-6', '2026-11-01', 'moderately-true'],
      ] as const
    ).map(([waveId, completedOn, code]) => ({
      ...meta(`r-${participantId}-${waveId}`),
      formId: form.formId,
      formVersion: 1,
      answers: answers(form, code),
      eventId: 'ev-1',
      taskforceId: 'tf-1',
      participantId,
      waveId,
      completedOn,
    })),
  );
  await seed(page, { surveyResponses: seededResponses });

  // A baseline through the kiosk, chosen by the facilitator from the checked-in list.
  await page.getByRole('button', { name: 'Hand to participant' }).click();
  const handOver = page.getByRole('dialog', { name: 'Hand to participant' });
  await handOver
    .getByLabel('Event')
    .selectOption({ label: 'Taskforce meeting, Sunday 1 November 2026' });
  await handOver.getByLabel('Who is filling it in').selectOption({ label: 'Ada Kiosk' });
  await expect(handOver.getByLabel('Survey wave')).toHaveValue('baseline');
  await handOver.getByLabel('PIN (4 to 8 digits)').fill('4826');
  await handOver.getByLabel('Type the PIN again').fill('4826');
  await handOver.getByRole('button', { name: 'Hand over' }).click();
  await expect(page.getByText('Filling in for: Ada Kiosk.')).toBeVisible();
  await expectNoAxeViolations(page, 'survey at the kiosk');
  await fillSurvey(page, 'Moderately true');

  // The follow-up: the facilitator takes the laptop back with the PIN and chooses the wave.
  await page.getByRole('button', { name: 'Facilitator: next person' }).click();
  const pin = page.getByRole('dialog', { name: 'Facilitator: next person' });
  await pin.getByLabel('Facilitator PIN').fill('4826');
  await pin.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Facilitator: who is next?' })).toBeVisible();
  await expectNoAxeViolations(page, 'kiosk next-person panel');
  await page.getByLabel('Who is filling it in').selectOption({ label: 'Ada Kiosk' });
  await page.getByLabel('Survey wave').selectOption({ label: '6-month follow-up' });
  await page.getByRole('button', { name: 'Hand over' }).click();
  await expect(page).toHaveURL(/#\/kiosk\/.+\/ev-1\/p-1\/month-6$/);
  await fillSurvey(page, 'Exactly true');

  const stored = await readTable<{ participantId: string; waveId: string }>(
    page,
    'surveyResponses',
  );
  expect(
    stored
      .filter((r) => r.participantId === 'p-1')
      .map((r) => r.waveId)
      .sort(),
  ).toEqual(['baseline', 'month-6']);

  await page.getByRole('button', { name: 'Facilitator: leave' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave the kiosk' });
  await leave.getByLabel('Facilitator PIN').fill('4826');
  await leave.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('12 responses so far.')).toBeVisible();

  // The change report: 6 pairs on confidence; the declined measures are hidden.
  await page.goto('/#/surveys/change');
  const table = page.getByRole('table', { name: /Change from Baseline to 6-month follow-up/ });
  const confidence = table.getByRole('row', { name: /Confidence/ });
  await expect(confidence.getByRole('cell')).toHaveText([
    '6',
    '21.7',
    '31.7',
    '+10.0',
    '100%',
    '–',
  ]);
  const selfEsteem = table.getByRole('row', { name: /Self-esteem/ });
  await expect(selfEsteem.getByRole('cell').first()).toHaveText('fewer than 5');
  await expect(page.getByText('Baseline: 21.7')).toBeVisible();
  await expect(page.getByText('6-month follow-up: 31.7')).toBeVisible();
  await expectNoAxeViolations(page, 'change report');

  const file = await downloadFrom(page, () =>
    page
      .getByRole('button', {
        name: 'Export answers to Taskforce survey (baseline and follow-up) (CSV)',
      })
      .click(),
  );
  const csv = csvRows(file);
  expect(csv.hasBom).toBe(true);
  expect(csv.rows).toHaveLength(12);
  expect(csv.header).toContain('Confidence: score');
  const ada = csv.rows.filter((r) => r['Participant id'] === 'p-1');
  expect(
    ada.map((r) => [r.Wave, r['Confidence: score'], r['Confidence: scoring status']]).sort(),
  ).toEqual([
    ['baseline', '30', 'scored'],
    ['month-6', '40', 'scored'],
  ]);
  expect(
    csv.rows.find((r) => r['Participant id'] === 'p-2' && r.Wave === 'baseline')?.[
      'Confidence: score'
    ],
  ).toBe('20');
  expect(JSON.stringify(csv.rows)).not.toContain('Ada Kiosk');

  // Who is due: only the member with no baseline yet.
  await page.getByRole('link', { name: 'Who is due a survey' }).click();
  const due = page.getByRole('table', { name: 'Surveys to ask for, by due date' });
  await expect(due.getByRole('row')).toHaveCount(2);
  await expect(due.getByRole('row').nth(1)).toContainText('Zoe Notyet');
  await expect(due.getByRole('row').nth(1)).toContainText('Baseline');
  await expectNoAxeViolations(page, 'who is due');
});
