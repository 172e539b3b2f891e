import { type Operation, repeat } from '../operation';
import { callLab } from '../page/call';

const SETTLE_MS = 100;

/**
 * (a) Writing the whole dataset: bulkPut through the app's TwoFeetDb in one transaction,
 * against put() through raw IndexedDB in one transaction. The two alternate, each into
 * emptied tables. It ends with the whole dataset written through TwoFeetDb (the other table
 * groups too, once, one transaction per group, timed for the record), for the next operations.
 */
export const seedOperation: Operation = {
  id: 'seed',
  async run(ctx) {
    const page = ctx.lab;
    const rows = Object.values(ctx.dataset.rows).reduce((sum, n) => sum + n, 0);
    ctx.log(`seed: ${rows} rows, ${ctx.warmups} warm-ups + ${ctx.runs} runs of each`);
    const pairs = await repeat(ctx, async (i) => {
      const once = async (how: 'dexie' | 'raw') => {
        await callLab(page, 'clear');
        // Let the storage backend finish the clear before the timed write.
        await page.waitForTimeout(SETTLE_MS);
        return callLab(page, how === 'dexie' ? 'seedWithDexie' : 'seedWithRawIndexedDb');
      };
      // Alternate which goes first, so that neither always runs on a warmer database.
      if (i % 2 === 0) {
        const dexie = await once('dexie');
        return { dexie, raw: await once('raw') };
      }
      const raw = await once('raw');
      return { raw, dexie: await once('dexie') };
    });

    await callLab(page, 'clear');
    await callLab(page, 'seedWithDexie');
    ctx.log('seed: writing the whole dataset (one transaction per table group)');
    const whole = await callLab(page, 'seedWholeDataset');
    const stored = {
      ...(await callLab(page, 'storedCounts')),
      ...(await callLab(page, 'wholeCounts')),
    };
    for (const [table, expected] of Object.entries(ctx.dataset.tables)) {
      if (stored[table] !== expected) {
        throw new Error(`After seeding, "${table}" holds ${stored[table]} rows, not ${expected}.`);
      }
    }
    const total = Object.values(ctx.dataset.tables).reduce((sum, n) => sum + n, 0);
    ctx.log(
      `seed: the whole dataset, ${total.toLocaleString('en-GB')} rows, took ` +
        `${Math.round(whole.ms)} ms (${Object.entries(whole.groups)
          .map(([group, ms]) => `${group}… ${Math.round(ms)} ms`)
          .join(', ')})`,
    );

    return [
      {
        operation: `seed: bulkPut of ${rows} rows via TwoFeetDb`,
        kind: 'task',
        samples: pairs.map((p) => p.dexie),
        floor: 'raw IndexedDB put, same rows, one transaction',
        floorSamples: pairs.map((p) => p.raw),
        // Not a user's wait: how long writing everything else took, once.
        info: {
          wholeDatasetRows: total,
          wholeDatasetMs: Math.round(whole.ms),
          groupsMs: whole.groups,
        },
      },
    ];
  },
};
