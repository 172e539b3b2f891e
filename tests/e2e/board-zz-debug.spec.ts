import { test } from '@playwright/test';
import { cell, checkedIn, drag, dragNews, named, openBoard, person, slot, space, topic } from './board-support';
const people = [person('p-ana', 'Ana Diaz'), person('p-ben', 'Ben Ode')];
test('debug', async ({ page }) => {
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => console.log('CONSOLE', m.text()));
  await openBoard(page, {
      people, attendance: people.map((p) => checkedIn(p.id)),
      boardSlots: [slot('s1', '10:00', '11:00')],
      boardSpaces: [space('garden', 'Garden room', 1), space('hall', 'Hall', 2)],
      boardTopics: [topic('t1', 'Access to GPs', named('Sam'), 'placed')],
      boardCells: [cell('s1', 'garden', 't1')],
    }, 'groups');
  const from = page.locator('.person-chip__handle', { hasText: 'Ana Diaz' });
  const to = page.getByRole('region', { name: 'Access to GPs', exact: true });
  console.log(JSON.stringify(await from.boundingBox()), JSON.stringify(await to.boundingBox()));
  await drag(page, from, to);
  await page.waitForTimeout(500);
  console.log('NEWS', await dragNews(page).textContent());
  console.log(await page.locator('.board-groups__places').innerText());
});
