import { expect, test } from './test';
import { readTable } from './support';
import { PEOPLE, checkAxe, meeting, seedMeetings } from './voting-fixtures';

/** Every object store of the app's database, read straight from IndexedDB. */
async function everyTable(
  page: import('@playwright/test').Page,
): Promise<Record<string, unknown[]>> {
  const names = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('two-feet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const list = [...open.result.objectStoreNames];
          open.result.close();
          resolve(list);
        };
      }),
  );
  const tables: Record<string, unknown[]> = {};
  for (const name of names) tables[name] = await readTable(page, name);
  return tables;
}

test('an anonymous gradients round leaves no stored record that links a person to a vote', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await seedMeetings(page, [meeting('ev-1', 'Spring gathering', '2026-03-14')]);
  await page.goto('/#/voting/event/ev-1');
  await page.getByRole('button', { name: 'New proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New proposal' });
  await dialog.getByLabel('Title').fill('Share our contact list');
  await dialog.getByRole('button', { name: 'Add proposal' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Share our contact list' }),
  ).toBeVisible();

  // Deleting a proposal without rounds asks first; Cancel keeps it.
  await page.getByRole('button', { name: 'Delete proposal' }).click();
  const confirmDelete = page.getByRole('dialog', { name: 'Delete this proposal?' });
  await expect(confirmDelete.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await checkAxe(page, 'the delete proposal dialog');
  await confirmDelete.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirmDelete).toBeHidden();

  // The group picks its rule before voting: nobody at 8 (veto).
  await page.getByRole('button', { name: 'Start round 1' }).click();
  const start = page.getByRole('dialog', { name: 'Start round 1' });
  await start.getByRole('radio', { name: 'Gradients of Agreement' }).check();
  await start
    .getByLabel('Decision rule the group chose')
    .selectOption({ label: 'Our own: nobody at the points we tick' });
  await start.getByRole('checkbox', { name: '8 Veto (block)' }).check();
  await expect(start.getByText('Agreed when nobody is at 8 “Veto (block)”.')).toBeVisible();
  await start.getByRole('checkbox', { name: /^Anonymous/ }).check();
  await checkAxe(page, 'the start round dialog for an anonymous gradients round');
  await start.getByRole('button', { name: 'Open round 1' }).click();
  await expect(start).toBeHidden();

  const round = page.getByRole('region', { name: 'Round 1: Gradients of Agreement' });
  const form = page.getByRole('form', { name: /Record a vote/ });
  const castFor = async (who: string, point: RegExp) => {
    await form.getByLabel('Who is voting').selectOption({ label: who });
    await form.getByRole('radio', { name: point }).check();
    await form.getByRole('button', { name: 'Cast the anonymous vote' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cast this anonymous vote?' });
    if (who === 'Ann Archer') await checkAxe(page, 'the anonymous vote confirmation');
    await confirm.getByRole('button', { name: 'Cast the vote' }).click();
    await expect(confirm).toBeHidden();
    await expect(
      page.getByText(`${who} has voted. The vote was kept without their name.`),
    ).toBeVisible();
    // Nothing of the vote stays on screen.
    await expect(form.getByRole('radio', { checked: true })).toHaveCount(0);
  };
  await castFor('Ann Archer', /^1 Whole-hearted/);
  await castFor('Bo Baker', /^7 Serious disagreement/);
  await castFor('Cy Carter', /^3 Support with reservations/);
  await expect(
    round.getByText('Results are hidden until they are revealed. 3 people have voted.'),
  ).toBeVisible();
  await expect(round.getByRole('figure')).toHaveCount(0);
  await checkAxe(page, 'an open anonymous round');

  // A second vote by Ann is refused: her ballot cannot be found to change.
  await form.getByLabel('Who is voting').selectOption({ label: 'Ann Archer (has voted)' });
  await form.getByRole('radio', { name: /^8 Veto/ }).check();
  await form.getByRole('button', { name: 'Cast the anonymous vote' }).click();
  await page
    .getByRole('dialog', { name: 'Cast this anonymous vote?' })
    .getByRole('button', { name: 'Cast the vote' })
    .click();
  await expect(form.getByText(/already voted in this anonymous round/)).toBeVisible();

  await round.getByRole('button', { name: 'Close and reveal the results' }).click();
  await expect(round.getByText('Agreed under the rule the group chose.')).toBeVisible();
  const chart = round.getByRole('figure', { name: 'How people voted in round 1' });
  await expect(
    chart.getByRole('listitem').filter({ hasText: 'Serious disagreement' }),
  ).toContainText('1 vote');
  await expect(chart.getByRole('listitem').filter({ hasText: 'Veto' })).toContainText('0 votes');
  await expect(round.getByText(/Hear first from/)).toHaveCount(0);
  // Who voted is kept (and who entered it), never how.
  await round.getByText('Votes recorded in round 1 (3)').click();
  const records = round.getByRole('table', { name: 'Who voted in round 1' });
  await expect(records.getByRole('columnheader')).toHaveText(['Person', 'Entered']);
  await expect(records.getByRole('row', { name: /Bo Baker/ })).not.toContainText('Serious');

  await round.getByRole('button', { name: 'Record concerns raised' }).click();
  const concerns = page.getByRole('dialog', { name: 'Concerns raised after round 1' });
  await expect(concerns.getByText(/recorded without saying who raised them/)).toBeVisible();
  await expect(concerns.getByLabel(/Raised by/)).toHaveCount(0);
  await concerns
    .getByLabel('Concern 1', { exact: true })
    .fill('Some members are not out to everyone.');
  await checkAxe(page, 'the concerns dialog of an anonymous round');
  await concerns.getByRole('button', { name: 'Save concerns' }).click();
  await expect(concerns).toBeHidden();

  // IndexedDB: every table, every row.
  const tables = await everyTable(page);
  const ballots = tables.anonymousBallots as { id: string; value: { point: number } }[];
  expect(ballots.map((b) => b.value.point).sort()).toEqual([1, 3, 7]);
  for (const ballot of ballots) {
    expect(Object.keys(ballot).sort()).toEqual(['id', 'kind', 'roundId', 'value']);
    expect(ballot.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  }
  const markers = tables.votedMarkers as Record<string, unknown>[];
  expect(markers.map((m) => m.personId).sort()).toEqual(['p-ann', 'p-bo', 'p-cy']);
  expect(tables.namedVotes).toEqual([]);
  const personIds = PEOPLE.map((p) => p.id);
  for (const [table, rows] of Object.entries(tables)) {
    for (const row of rows) {
      const text = JSON.stringify(row);
      const person = personIds.some((id) => text.includes(id));
      const value = /"point"|"value"/.test(text);
      expect(person && value, `${table} links a person to a vote: ${text}`).toBe(false);
    }
  }
  const audit = JSON.stringify(tables.auditLog);
  expect(audit).not.toMatch(/anonymousBallots|votedMarkers|p-ann|p-bo|p-cy|"point"/);
  for (const ballot of ballots) expect(audit).not.toContain(ballot.id);
  const [stored] = tables.rounds as { concerns: unknown[]; anonymous: boolean }[];
  expect(stored).toMatchObject({
    anonymous: true,
    concerns: [{ concern: 'Some members are not out to everyone.' }],
  });
});
