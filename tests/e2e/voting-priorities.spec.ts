import type { Page } from '@playwright/test';
import { expect, test } from './test';
import type { Topic } from '../../src-renderer/domain/board/topics';
import { createdMeta } from '../../src-renderer/domain/record';
import { readTable, seed } from './support';
import { checkAxe, meeting, seedMeetings } from './voting-fixtures';

const ISSUES = {
  transport: 'Transport to appointments',
  info: 'Information in plain English',
  peer: 'Peer support groups',
  gp: 'GP awareness training',
};

const peerTopic: Topic = {
  ...createdMeta('topic-peer', { now: '2026-01-10T10:00:00.000Z', actor: 'Test seed' }),
  eventId: 'ev-jan',
  title: ISSUES.peer,
  description: 'Groups where people can talk to others who have been through it.',
  tags: [],
  conveners: [],
  status: 'queued',
};

type Dots = Partial<Record<keyof typeof ISSUES, number>>;

async function dotVote(page: Page, who: string, dots: Dots) {
  const form = page.getByRole('form', { name: /Record a vote/ });
  await form.getByLabel('Who is voting').selectOption({ label: who });
  for (const [key, count] of Object.entries(dots)) {
    await form.getByLabel(`Dots on ${ISSUES[key as keyof typeof ISSUES]}`).fill(String(count));
  }
  await form.getByRole('button', { name: 'Record the vote' }).click();
  await expect(page.getByText(`Vote recorded for ${who}.`)).toBeVisible();
}

async function prioritise(page: Page, eventId: string, votes: [string, Dots][]) {
  await page.goto(`/#/voting/event/${eventId}`);
  await page.getByRole('button', { name: 'Prioritise the issues' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prioritise the issues' });
  await expect(dialog.getByLabel('Dots for each person')).toHaveValue('1');
  await dialog.getByLabel('Dots for each person').fill('3');
  if (eventId === 'ev-jan') await checkAxe(page, 'the prioritise dialog');
  await dialog.getByRole('button', { name: 'Start the round' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Prioritise our issues' }),
  ).toBeVisible();
  const round = page.getByRole('region', { name: 'Round 1: Dot voting' });
  await expect(round.getByText('Each person has 3 dots.')).toBeVisible();
  for (const [who, dots] of votes) await dotVote(page, who, dots);
  await round.getByRole('button', { name: 'Close round 1' }).click();
  await expect(
    round.getByText(/Results are hidden until they are revealed. 4 people have voted./),
  ).toBeVisible();
  await round.getByRole('button', { name: 'Reveal the results' }).click();
  return round.getByRole('figure', { name: 'How people voted in round 1' });
}

test('dot-voting prioritisation at two meetings, and how each issue’s priority moved', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await seedMeetings(page, [
    meeting('ev-jan', 'January meeting', '2026-01-10'),
    meeting('ev-feb', 'February meeting', '2026-02-14'),
  ]);
  await seed(page, { boardTopics: [peerTopic] });

  await page.goto('/#/voting');
  await page.getByRole('link', { name: 'Issues and priorities of LGBT & Cancer' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Issues and priorities: LGBT & Cancer' }),
  ).toBeVisible();
  await expect(page.getByText('No prioritisation results yet.')).toBeVisible();
  await checkAxe(page, 'an empty issue list');

  for (const title of [ISSUES.transport, ISSUES.info, ISSUES.gp]) {
    await page.getByRole('button', { name: 'Add an issue' }).click();
    const add = page.getByRole('dialog', { name: 'Add an issue' });
    await add.getByLabel('Title').fill(title);
    await add.getByRole('button', { name: 'Add to the issue list' }).click();
    await expect(add).toBeHidden();
  }
  // A topic from the January board is promoted to an issue.
  await page.getByRole('button', { name: 'Add an issue' }).click();
  const promote = page.getByRole('dialog', { name: 'Add an issue' });
  await promote.getByRole('radio', { name: 'A topic from one of the meetings' }).check();
  await promote
    .getByLabel('Topic', { exact: true })
    .selectOption({ label: `${ISSUES.peer} (January meeting)` });
  await checkAxe(page, 'the add issue dialog');
  await promote.getByRole('button', { name: 'Add to the issue list' }).click();
  await expect(promote).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Open issues (4)' })).toBeVisible();

  const january = await prioritise(page, 'ev-jan', [
    ['Ann Archer', { transport: 3 }],
    ['Bo Baker', { transport: 2, info: 1 }],
    ['Cy Carter', { info: 3 }],
    ['Di Dean', { peer: 3 }],
  ]);
  // 5 and 4 dots are a near-tie: both shown as =1st.
  await expect(january.getByRole('listitem').nth(0)).toContainText(`=1st ${ISSUES.transport}`);
  await expect(january.getByRole('listitem').nth(0)).toContainText('5 dots');
  await expect(january.getByRole('listitem').nth(1)).toContainText(`=1st ${ISSUES.info}`);
  await expect(january.getByRole('listitem').nth(1)).toContainText('4 dots');
  await expect(january.getByRole('listitem').nth(3)).toContainText(`4th ${ISSUES.gp}`);
  await checkAxe(page, 'a revealed dot-voting ranking');

  const february = await prioritise(page, 'ev-feb', [
    ['Ann Archer', { gp: 3 }],
    ['Bo Baker', { gp: 3 }],
    ['Cy Carter', { peer: 2, info: 1 }],
    ['Di Dean', { transport: 1, peer: 2 }],
  ]);
  await expect(february.getByRole('listitem').nth(0)).toContainText(`1st ${ISSUES.gp}`);

  await page.goto('/#/voting/taskforce/tf-lgbt');
  const issues = page.getByRole('region', { name: 'Issue list' });
  await issues.getByRole('button', { name: `Agree as a line of enquiry: “${ISSUES.gp}”` }).click();
  await expect(page.getByRole('heading', { name: 'Agreed lines of enquiry (1)' })).toBeVisible();

  const history = page.getByRole('region', { name: 'How priorities moved' });
  await expect(
    history.getByRole('img', { name: /each issue's rank at each meeting/ }),
  ).toBeVisible();
  const table = history.getByRole('table', { name: 'Rank of each issue at each meeting' });
  const row = (title: string) =>
    table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(title) }) });
  await expect(row(ISSUES.gp).getByRole('cell')).toHaveText(['4th, 0 dots', '1st, 6 dots, up 3']);
  await expect(row(ISSUES.gp)).toContainText('Line of enquiry');
  await expect(row(ISSUES.transport).getByRole('cell')).toHaveText([
    '=1st, 5 dots',
    '=3rd, 1 dot, down 2',
  ]);
  await expect(row(ISSUES.peer).getByRole('cell')).toHaveText(['3rd, 3 dots', '2nd, 4 dots, up 1']);
  // The chart's lines follow the table's order: the latest ranking first.
  await expect(table.getByRole('rowheader').first()).toContainText(ISSUES.gp);
  await checkAxe(page, 'the priority history');

  // Closing an issue asks first.
  await issues.getByRole('button', { name: `Close “${ISSUES.transport}”` }).click();
  const confirmClose = page.getByRole('dialog', { name: 'Close this issue?' });
  await checkAxe(page, 'the close issue dialog');
  await confirmClose.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirmClose).toBeHidden();

  // Merging Information into Peer support: its dots count for the survivor at both meetings.
  await issues.getByRole('button', { name: `Merge into another issue: “${ISSUES.info}”` }).click();
  const merge = page.getByRole('dialog', { name: `Merge “${ISSUES.info}”` });
  await merge.getByLabel('Merge into').selectOption({ label: ISSUES.peer });
  await checkAxe(page, 'the merge dialog');
  await merge.getByRole('button', { name: 'Merge the issues' }).click();
  await expect(merge).toBeHidden();
  await expect(row(ISSUES.peer).getByRole('cell')).toHaveText([
    '1st, 7 dots',
    '=1st, 5 dots, same rank',
  ]);

  const rounds = await readTable<{ method: string; eventId: string; revealedAt?: string }>(
    page,
    'rounds',
  );
  expect(rounds.map((r) => [r.method, r.eventId, Boolean(r.revealedAt)]).sort()).toEqual([
    ['dots', 'ev-feb', true],
    ['dots', 'ev-jan', true],
  ]);
  const proposals = await readTable<{ source: { kind: string; taskforceId: string } }>(
    page,
    'proposals',
  );
  expect(proposals.map((p) => p.source)).toEqual([
    { kind: 'issue-list', taskforceId: 'tf-lgbt' },
    { kind: 'issue-list', taskforceId: 'tf-lgbt' },
  ]);
  const stored = await readTable<{
    title: string;
    status: string;
    mergedInto?: string;
    sources: { kind: string }[];
  }>(page, 'issues');
  expect(stored.find((i) => i.title === ISSUES.gp)?.status).toBe('line-of-enquiry');
  expect(stored.find((i) => i.title === ISSUES.info)?.status).toBe('merged');
  expect(stored.find((i) => i.title === ISSUES.peer)?.sources.map((s) => s.kind)).toEqual([
    'topic',
    'free-text',
  ]);
});
