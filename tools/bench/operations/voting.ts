import type { Page } from '@playwright/test';
import { type BenchContext, type Operation, repeat } from '../operation';
import { callLab } from '../page/call';
import type { VotingSummary } from '../page/lab-voting';

/** The round size the issue asks about (issue 5: "tally and render of a round with 300 voters"). */
const VOTERS = 300;
const READY_TIMEOUT_MS = 30_000;

/**
 * Consensus rounds with 300 voters (issue 5), on the seeded meeting with 300 people checked in
 * (data/voting.ts; the dataset's other 496 rounds are at other meetings):
 *  (a) the tally of three closed rounds of 300 votes each (fist-to-five named, gradients
 *      anonymous, dot voting over 30 options): each round's votes read through its index and
 *      counted by the domain's tallyRound(). Floor: tallyRound() over the same votes in memory.
 *  (b) opening the proposal with those three rounds, from the Voting screen (a hash change, as a
 *      link does), until all three charts are drawn (44 bars). Floor: (a)'s reads and tallies.
 *  (c) recording the 300th vote of an open named round: from the click on "Record the vote"
 *      until the panel says that all 300 have voted (the round re-tallied and redrawn).
 */
export const votingOperation: Operation = {
  id: 'voting',
  async run(ctx) {
    const { app, lab } = ctx;
    await app.goto('about:blank');
    const summary = await callLab(lab, 'prepareVoting');
    if (summary.voters !== VOTERS) {
      throw new Error(`The seeded voting meeting has ${summary.voters} voters, not ${VOTERS}.`);
    }
    ctx.log(`voting: the seeded meeting, ${VOTERS} checked in, ${summary.votes} votes`);

    ctx.log('voting: tally floors (in memory, then through Dexie)');
    const inMemory = await repeat(ctx, () => callLab(lab, 'tallyVotingInMemory'));
    const withDexie = await repeat(ctx, () => callLab(lab, 'tallyVotingWithDexie'));

    ctx.log('voting: opening the proposal with three rounds of 300 votes');
    await app.goto(`${ctx.baseUrl}/#/voting`);
    await app
      .getByRole('heading', { level: 1, name: 'Voting' })
      .waitFor({ timeout: READY_TIMEOUT_MS });
    const opens = await repeat(ctx, () => openProposal(app, summary));

    ctx.log('voting: recording the 300th vote of an open round');
    const casts = await repeat(ctx, () => castLastVote(ctx, summary));

    const info = {
      voters: VOTERS,
      votes: summary.votes,
      rounds: summary.rounds,
      chartRows: summary.chartRows,
    };
    return [
      {
        operation: `voting: tally 3 rounds × ${VOTERS} voters (read by index + tallyRound)`,
        kind: 'click',
        samples: withDexie,
        floor: 'tallyRound() over votes in memory',
        floorSamples: inMemory,
        info,
      },
      {
        operation: `voting: open a proposal with 3 rounds × ${VOTERS} votes → 3 charts drawn`,
        kind: 'screen',
        samples: opens,
        floor: 'the same reads and tallies through Dexie, lab page',
        floorSamples: withDexie,
        info,
      },
      {
        operation: `voting: record the ${VOTERS}th vote → count and chart redrawn`,
        kind: 'click',
        samples: casts,
        floor: 'the same reads and tallies through Dexie, lab page',
        floorSamples: withDexie,
        info,
      },
    ];
  },
};

/** From the hash change to the three charts in the DOM, timed inside the page. */
async function openProposal(app: Page, summary: VotingSummary): Promise<number> {
  await app.evaluate(() => {
    location.hash = '#/voting';
  });
  await app.waitForFunction(() => document.querySelector('h1')?.textContent === 'Voting');
  return app.evaluate(
    ({ hash, rows, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const done = () => document.querySelectorAll('.chart .chart__row').length >= rows;
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        location.hash = hash;
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('The proposal’s charts did not appear.'));
        }, timeout);
      }),
    {
      hash: `#/voting/proposal/${summary.decided}`,
      rows: summary.chartRows,
      timeout: READY_TIMEOUT_MS,
    },
  );
}

/** Takes back the last vote (lab page), then times the click that records it again. */
async function castLastVote(ctx: BenchContext, summary: VotingSummary): Promise<number> {
  const { app, lab } = ctx;
  const waiting = `${VOTERS - 1} of ${VOTERS} people checked in have voted.`;
  await callLab(lab, 'resetLiveVote');
  if (!app.url().endsWith(`#/voting/proposal/${summary.live}`)) {
    await app.evaluate((hash) => {
      location.hash = hash;
    }, `#/voting/proposal/${summary.live}`);
  }
  await app.getByText(waiting).waitFor({ timeout: READY_TIMEOUT_MS });
  const form = app.getByRole('form', { name: /Record a vote/ });
  await form.getByLabel('Who is voting').selectOption(summary.lastVoter);
  await form.getByRole('radio', { name: /^4 fingers/ }).check();
  return app.evaluate(
    ({ text, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Record the vote',
        );
        if (!button) return reject(new Error('No "Record the vote" button.'));
        const done = () =>
          [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === text);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        button.click();
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('The vote was not shown as recorded.'));
        }, timeout);
      }),
    { text: `${VOTERS} of ${VOTERS} people checked in have voted.`, timeout: READY_TIMEOUT_MS },
  );
}
