import { expect, test } from './test';
import type { Answer } from '../../src-renderer/domain/surveys/answers';
import { downloadFrom, pdfText } from './files';
import { event, meta, taskforce } from './surveys-fixtures';
import { expectNoAxeViolations, readTable, seed } from './support';

function response(n: number, formId: string, connected: string, text?: string) {
  const answers: Record<string, Answer> = {
    'how-was-it': { kind: 'choice', optionId: n % 2 ? 'good' : 'excellent' },
    connected: { kind: 'choice', optionId: connected },
  };
  if (text) answers['anything-else'] = { kind: 'text', text };
  return {
    ...meta(`fb-${n}`),
    formId,
    formVersion: 1,
    answers,
    eventId: 'ev-1',
    taskforceId: 'tf-1',
    participantId: null,
    waveId: '',
    completedOn: '2026-11-01',
  };
}

test('an event feedback summary, a new version once answered, and the PDF', async ({ page }) => {
  // Long journeys; the machine running them may be busy with other builds.
  test.setTimeout(90_000);
  await page.goto('/#/surveys');
  await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
  await seed(page, {
    taskforces: [taskforce],
    events: [event('ev-1', 'Open space day', '2026-11-01')],
  });
  await page.getByRole('link', { name: 'New: Event feedback form' }).click();
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Event feedback' })).toBeVisible();
  const [form] = await readTable<{ id: string }>(page, 'surveyForms');
  if (!form) throw new Error('no form');

  const connected = [
    'strongly-agree',
    ...Array<string>(6).fill('agree'),
    'disagree',
    'disagree',
    'neither',
  ];
  await seed(page, {
    surveyResponses: connected.map((c, i) =>
      response(i + 1, form.id, c, i < 2 ? `Comment ${i + 1}` : undefined),
    ),
  });

  // Editing an answered form makes version 2; version 1 stays readable.
  await page.getByRole('link', { name: 'Edit form' }).click();
  await expect(
    page.getByText('10 people have answered version 1, so saving makes version 2.', {
      exact: false,
    }),
  ).toBeVisible();
  await page.getByLabel('Title').fill('Event feedback (autumn)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Event feedback (autumn)' }),
  ).toBeVisible();
  const versions = await readTable<{ version: number; title: string }>(page, 'surveyFormVersions');
  expect(versions.map((v) => [v.version, v.title]).sort()).toEqual([
    [1, 'Event feedback'],
    [2, 'Event feedback (autumn)'],
  ]);
  await page.getByRole('button', { name: 'Read version 1' }).click();
  const old = page.getByRole('dialog', { name: 'Event feedback: version 1' });
  await expect(old.getByText('Overall, how was today?')).toBeVisible();
  await expectNoAxeViolations(page, 'old version dialog');
  await old.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Feedback summary by event' }).click();
  await page
    .getByLabel('Event', { exact: true })
    .selectOption({ label: 'Open space day, Sunday 1 November 2026' });
  const connectedSection = page.getByRole('region', {
    name: 'I connected with other people today.',
  });
  await expect(connectedSection.getByText('70%')).toBeVisible();
  await expect(connectedSection).toContainText('agreed or strongly agreed');
  await expect(connectedSection).toContainText('Agree: 6 (60%)');
  await expect(connectedSection).toContainText('Disagree: fewer than 5');
  const comments = page.getByRole('region', {
    name: 'Is there anything else you would like to tell us?',
  });
  await expect(comments.getByRole('listitem')).toHaveText(['Comment 1', 'Comment 2']);
  await expect(page.getByText('Responses: 10')).toBeVisible();
  await expectNoAxeViolations(page, 'feedback summary');

  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Save as PDF' }).click(),
  );
  const text = pdfText(file);
  expect(text).toContain('Feedback: Event feedback (autumn)');
  expect(text).toContain('Agreed or strongly agreed');
  expect(text).toMatch(/Agreed or strongly agreed\s+70%/);
  expect(text).toContain('Comment 2');
});
