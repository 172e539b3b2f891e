import type { Page } from '@playwright/test';
import { type Operation, repeat } from '../operation';
import { callLab } from '../page/call';

const n = (count: number) => count.toLocaleString('en-GB');

interface ScreenSample {
  ms: number;
  progress: boolean;
  pairsText: string;
}

/**
 * From the Surveys screen (loaded, not timed), the hash change to the taskforce's change report
 * until its table shows the Confidence row, watching for a busy indicator on the way.
 */
async function openReport(app: Page, baseUrl: string, taskforce: string): Promise<ScreenSample> {
  await app.goto('about:blank');
  await app.goto(`${baseUrl}/#/surveys`);
  await app.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor({ timeout: 60_000 });
  return app.evaluate(
    (taskforce) =>
      new Promise<ScreenSample>((resolve) => {
        let progress = false;
        const start = performance.now();
        const check = () => {
          if (document.querySelector('[aria-busy="true"]')) progress = true;
          const row = [...document.querySelectorAll('table.survey-table tbody tr')].find((r) =>
            r.textContent?.includes('Confidence'),
          );
          if (!row) return;
          observer.disconnect();
          resolve({
            ms: performance.now() - start,
            progress,
            pairsText: row.querySelector('td')?.textContent ?? '',
          });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        window.location.hash = `#/surveys/change/${taskforce}`;
      }),
    taskforce,
  );
}

/**
 * The survey change report over the seeded taskforce's 2,000 participants who each answered
 * the baseline survey at two waves (4,000 of the dataset's 20,000 responses): from opening the report until its table is
 * shown. Floor: reading the same 4,000 responses through the taskforce index. The app's code
 * without the screen (loadChangeReport: read, score every instrument, pair) is `appCodeInLab`.
 */
export const surveysOperation: Operation = {
  id: 'surveys',
  async run(ctx) {
    const { lab, app, baseUrl } = ctx;
    await app.goto('about:blank');
    const seeded = await callLab(lab, 'surveysFocus');
    const participants = ctx.dataset.focus.surveyParticipants;
    ctx.log(`surveys: the seeded taskforce's ${n(seeded.responses)} responses`);
    const screen = await repeat(ctx, () => openReport(app, baseUrl, seeded.taskforceId));
    await app.goto('about:blank');
    const appCode = await repeat(ctx, () => callLab(lab, 'surveysChangeApp'));
    const floor = await repeat(ctx, () => callLab(lab, 'surveysChangeFloor'));
    const warnings: string[] = [];
    const pairs = appCode[0]?.pairs ?? -1;
    const shown = screen[0]?.pairsText ?? '';
    if (shown !== n(pairs))
      warnings.push(`The screen showed ${shown} pairs, the app code found ${pairs}.`);
    return [
      {
        operation: `surveys: change report, ${n(participants)} participants × 2 waves (open → table)`,
        kind: 'screen',
        samples: screen.map((s) => s.ms),
        progress: screen.map((s) => s.progress),
        floor: `surveyResponses.where('taskforceId') of the same ${n(seeded.responses)} rows`,
        floorSamples: floor.map((s) => s.ms),
        extra: { appCodeInLab: appCode.map((s) => s.ms) },
        info: { responses: seeded.responses, answers: seeded.answers, confidencePairs: pairs },
        warnings,
      },
    ];
  },
};
