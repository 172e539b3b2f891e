import { type Operation, repeat } from '../operation';
import { callLab } from '../page/call';
import { openEventsFromNavigation } from './events-screen';

/**
 * App start to interactive, with the whole dataset in the database: a new document (from
 * about:blank) at the app's address, from navigation start until the Events screen, the one
 * the app opens on, is usable: every taskforce section and every event in the DOM and the
 * frame after it drawn (`frameAt`). `toAppShell` is the part until the shell (header, menu,
 * main landmark) is in the DOM: scripts loaded and the database open. The first load, with a
 * cold HTTP cache, is a warm-up. Floor: the Events screen's own Dexie reads in the lab page,
 * where the database is already open: what no start can avoid once the scripts are loaded.
 */
export const appStartOperation: Operation = {
  id: 'app-start',
  async run(ctx) {
    ctx.log('app start to interactive: floor (Dexie reads), then new documents');
    const floorSamples = await repeat(ctx, () => callLab(ctx.lab, 'readEventsWithDexie'));
    const marks = await repeat(ctx, () => openEventsFromNavigation(ctx));
    const spent = (at: number | null, from: number | null) =>
      at === null || from === null ? Number.NaN : at - from;
    return [
      {
        operation: `app start to interactive, whole dataset (navigation start → Events usable)`,
        kind: 'screen',
        samples: marks.map((m) => spent(m.frameAt, m.startedAt)),
        floor: 'Dexie toArray of taskforces + events, database open',
        floorSamples,
        progress: marks.map((m) => m.progressSeen),
        extra: {
          toListInDom: marks.map((m) => spent(m.readyAt, m.startedAt)),
          toAppShell: marks.map((m) => m.shellAt ?? Number.NaN),
        },
      },
    ];
  },
};
