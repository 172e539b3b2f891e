import { expect, test } from './test';
import { downloadFrom, pdfText } from './files';
import { readTable } from './support';
import { checkAxe, meeting, seedMeetings, vote } from './voting-fixtures';

interface StoredRound {
  id: string;
  number: number;
  method: string;
  status: string;
  concerns: { concern: string; raisedBy?: string }[];
}

test('a fist-to-five round fails on a 2, concerns are recorded, round 2 passes and the outcome is written', async ({
  page,
}) => {
  // A long journey with an accessibility check (normal and large print) on every screen.
  test.setTimeout(120_000);
  await seedMeetings(page, [meeting('ev-1', 'Spring gathering', '2026-03-14')]);
  await page.getByRole('link', { name: /Proposals at Spring gathering/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Proposals at Spring gathering/ }),
  ).toBeVisible();
  await expect(page.getByText('No proposals yet')).toBeVisible();
  await checkAxe(page, 'a meeting with no proposals');

  await page.getByRole('button', { name: 'New proposal' }).click();
  const newProposal = page.getByRole('dialog', { name: 'New proposal' });
  await checkAxe(page, 'the new proposal dialog');
  await newProposal.getByRole('button', { name: 'Add proposal' }).click();
  await expect(newProposal.getByLabel('Title')).toBeFocused();
  await newProposal.getByLabel('Title').fill('Meet on Saturdays');
  await newProposal
    .getByLabel('The proposal')
    .fill('Hold the next three meetings on Saturday mornings.');
  await newProposal.getByRole('button', { name: 'Add proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meet on Saturdays' })).toBeVisible();

  // Round 1: fist-to-five, named, results shown as they come.
  await page.getByRole('button', { name: 'Start round 1' }).click();
  const start = page.getByRole('dialog', { name: 'Start round 1' });
  await start.getByRole('radio', { name: 'Fist-to-five' }).check();
  await expect(start.getByText(/Consensus when everyone shows 3 fingers or more/)).toBeVisible();
  await checkAxe(page, 'the start round dialog');
  await start.getByRole('button', { name: 'Open round 1' }).click();
  await expect(start).toBeHidden();

  const round1 = page.getByRole('region', { name: 'Round 1: Fist-to-five' });
  await expect(round1.getByText('0 of 4 people checked in have voted.')).toBeVisible();
  await vote(page, 'Ann Archer', /^4 fingers/);
  await vote(page, 'Bo Baker', /^2 fingers/);
  await vote(page, 'Cy Carter', /^3 fingers/);
  await expect(round1.getByText('3 of 4 people checked in have voted.')).toBeVisible();
  await expect(round1.getByRole('list', { name: /Not voted yet/ })).toHaveText('Di Dean');
  await checkAxe(page, 'an open named round');
  // Di changes her mind twice: the second vote replaces the first.
  await vote(page, 'Di Dean', /^Fist/);
  await page
    .getByRole('form', { name: /Record a vote/ })
    .getByLabel('Who is voting')
    .selectOption({ label: 'Di Dean (voted: a new vote replaces it)' });
  await page.getByRole('radio', { name: /^5 fingers/ }).check();
  await page.getByRole('button', { name: 'Record the vote' }).click();
  await expect(page.getByText('Di Dean’s vote was changed.')).toBeVisible();

  await round1.getByRole('button', { name: 'Close round 1' }).click();
  await expect(round1.getByText(/No consensus yet: 1 person is below 3/)).toBeVisible();
  const chart = round1.getByRole('figure', { name: 'How people voted in round 1' });
  await expect(chart.getByRole('listitem').filter({ hasText: '2 fingers' })).toContainText(
    '1 vote (25%)',
  );
  await expect(chart.getByRole('listitem').filter({ hasText: 'Fist' })).toContainText('0 votes');
  await expect(round1.getByText('Hear first from: Bo Baker')).toBeVisible();
  await checkAxe(page, 'a failed round with its chart');

  await round1.getByRole('button', { name: 'Record concerns raised' }).click();
  const concerns = page.getByRole('dialog', { name: 'Concerns raised after round 1' });
  await concerns.getByLabel('Concern 1', { exact: true }).fill('Saturdays clash with childcare.');
  await concerns.getByLabel('Raised by (concern 1)').selectOption({ label: 'Bo Baker' });
  await checkAxe(page, 'the concerns dialog');
  await concerns.getByRole('button', { name: 'Save concerns' }).click();
  await expect(concerns).toBeHidden();
  await expect(
    round1.getByText('Saturdays clash with childcare. — raised by Bo Baker'),
  ).toBeVisible();

  // Round 2 starts with round 1's settings.
  await page.getByRole('button', { name: 'Start round 2' }).click();
  const start2 = page.getByRole('dialog', { name: 'Start round 2' });
  await expect(start2.getByRole('radio', { name: 'Fist-to-five' })).toBeChecked();
  await start2.getByRole('button', { name: 'Open round 2' }).click();
  const round2 = page.getByRole('region', { name: 'Round 2: Fist-to-five' });
  for (const [who, fingers] of [
    ['Ann Archer', /^4 fingers/],
    ['Bo Baker', /^3 fingers/],
    ['Cy Carter', /^3 fingers/],
  ] as const) {
    await vote(page, who, fingers);
  }
  // Di votes on the laptop herself, by keyboard alone: not entered on her behalf.
  const form = page.getByRole('form', { name: /Record a vote/ });
  await expect(form.getByLabel('Who is voting')).toBeFocused();
  await expect(form.getByLabel('Who is voting')).toHaveValue('p-di');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('radio', { name: /^Fist/ })).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('radio', { name: /^5 fingers/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('checkbox', { name: /Entered on their behalf/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vote recorded for Di Dean.')).toBeVisible();
  await expect(round2.getByText('4 of 4 people checked in have voted.')).toBeVisible();
  await round2.getByRole('button', { name: 'Close round 2' }).click();
  await expect(round2.getByText('Consensus: everyone is at 3 or above.')).toBeVisible();
  await round2.getByText('Votes recorded in round 2 (4)').click();
  const records = round2.getByRole('table', { name: 'Who voted in round 2' });
  await expect(records.getByRole('row', { name: /Di Dean/ })).toContainText(
    /5 fingers \(Will lead it\)\s*By Unnamed facilitator at \d\d:\d\d/,
  );
  await expect(records.getByRole('row', { name: /Ann Archer/ })).toContainText(
    'On their behalf by Unnamed facilitator',
  );

  await page.getByRole('button', { name: 'Record the outcome' }).click();
  const outcome = page.getByRole('dialog', { name: 'Record the outcome' });
  await expect(outcome.getByLabel('Date of the decision')).toHaveValue('2026-03-14');
  await outcome
    .getByLabel('What was decided')
    .fill('Meetings move to Saturday mornings, with a crèche.');
  await outcome.getByLabel('Dissent noted').fill('Bo stands aside until the crèche is confirmed.');
  await outcome.getByLabel('Review date').fill('2026-03-01');
  await outcome.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(
    outcome.getByText('The review date must be after the date of the decision.'),
  ).toBeVisible();
  await checkAxe(page, 'the outcome dialog with an error');
  await outcome.getByLabel('Review date').fill('2026-09-14');
  await outcome.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(outcome).toBeHidden();
  const recorded = page.getByRole('region', { name: 'Outcome' });
  await expect(recorded).toContainText('Meetings move to Saturday mornings, with a crèche.');
  await expect(recorded).toContainText('Monday 14 September 2026');
  await expect(page.getByRole('button', { name: /Start round/ })).toHaveCount(0);
  await checkAxe(page, 'a decided proposal');
  const pdf = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Download the decision record (PDF)' }).click(),
  );
  expect(pdf.name).toBe('decision-meet-on-saturdays.pdf');
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  expect(text).toContain('Decision: Meet on Saturdays');
  // Table cells wrap, so each cell's words are checked in pieces.
  expect(text).toContain('(Bo Baker)');
  expect(text).toContain('No consensus yet: 1 person');
  expect(text).toContain('Consensus: everyone is at');
  expect(text).toContain('Meetings move to Saturday mornings, with a crèche.');
  expect(text).toContain('Bo stands aside until the crèche is confirmed.');
  expect(text).toContain('Monday 14 September 2026');

  // The venue screen shows the latest revealed result, large.
  await page.goto('/#/venue/ev-1');
  const venue = page.getByRole('region', { name: 'Meet on Saturdays' });
  await expect(venue.getByText('Consensus: everyone is at 3 or above.')).toBeVisible();
  await expect(
    venue
      .getByRole('figure', { name: 'Result of round 2: fist-to-five' })
      .getByRole('listitem')
      .filter({ hasText: '5 fingers' }),
  ).toContainText('1 vote (25%)');

  // What is stored.
  const [proposal] = await readTable<{ status: string; title: string }>(page, 'proposals');
  expect(proposal).toMatchObject({ status: 'decided', title: 'Meet on Saturdays' });
  const rounds = (await readTable<StoredRound>(page, 'rounds')).sort((a, b) => a.number - b.number);
  expect(rounds.map((r) => [r.number, r.method, r.status])).toEqual([
    [1, 'fist-to-five', 'closed'],
    [2, 'fist-to-five', 'closed'],
  ]);
  expect(rounds[0]?.concerns).toEqual([
    { concern: 'Saturdays clash with childcare.', raisedBy: 'p-bo' },
  ]);
  const votes = await readTable<{
    roundId: string;
    personId: string;
    value: { fingers: number };
    enteredOnBehalf: boolean;
    enteredBy: string;
  }>(page, 'namedVotes');
  expect(votes).toHaveLength(8);
  const di = votes.find((v) => v.roundId === rounds[0]?.id && v.personId === 'p-di');
  expect(di?.value.fingers).toBe(5);
  const diSelf = votes.find((v) => v.roundId === rounds[1]?.id && v.personId === 'p-di');
  expect(diSelf).toMatchObject({ enteredOnBehalf: false, enteredBy: 'Unnamed facilitator' });
  const bo = votes.find((v) => v.roundId === rounds[0]?.id && v.personId === 'p-bo');
  expect(bo?.value.fingers).toBe(2);
  const [stored] = await readTable<{
    statement: string;
    dissent: string;
    reviewDate: string;
    roundIds: string[];
  }>(page, 'outcomes');
  expect(stored).toMatchObject({
    statement: 'Meetings move to Saturday mornings, with a crèche.',
    dissent: 'Bo stands aside until the crèche is confirmed.',
    reviewDate: '2026-09-14',
    roundIds: rounds.map((r) => r.id),
  });
});
