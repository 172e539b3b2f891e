import { toCsv } from '../domain/csv';
import type { KeepInTouchEntry } from '../domain/people/keep-in-touch';
import { finishPdf, startPdf } from './pdf';

/**
 * The keep-in-touch list as files. The entries come from keepInTouchList, which holds only
 * people whose current consent allows their contact details to be shared.
 */
export const KEEP_IN_TOUCH_COLUMNS = ['Name', 'Preferred name', 'Email', 'Phone'] as const;

type Column = (typeof KEEP_IN_TOUCH_COLUMNS)[number];

function row(entry: KeepInTouchEntry): Record<Column, string> {
  return {
    Name: entry.name,
    'Preferred name': entry.preferredName,
    Email: entry.email,
    Phone: entry.phone,
  };
}

export function keepInTouchCsv(entries: readonly KeepInTouchEntry[]): string {
  return toCsv(KEEP_IN_TOUCH_COLUMNS, entries.map(row));
}

export const KEEP_IN_TOUCH_NOTE =
  'Everyone on this list has agreed to share their contact details with other members so that you can keep in touch. Please use it only for that, and do not pass it on.';

export async function keepInTouchPdf(
  entries: readonly KeepInTouchEntry[],
  title: string,
  subtitle: string,
): Promise<Uint8Array> {
  const kit = await startPdf(title, subtitle);
  const width = 180;
  const lines = kit.doc.splitTextToSize(KEEP_IN_TOUCH_NOTE, width) as string[];
  kit.doc.setFontSize(10);
  kit.doc.text(lines, 15, kit.lastTableEnd() + 2);
  const tableStart = kit.lastTableEnd() + 4 + lines.length * 5;
  kit.table({
    startY: tableStart,
    head: [[...KEEP_IN_TOUCH_COLUMNS]],
    body:
      entries.length > 0
        ? entries.map((entry) => KEEP_IN_TOUCH_COLUMNS.map((column) => row(entry)[column]))
        : [['Nobody has agreed to share their contact details yet.', '', '', '']],
  });
  return finishPdf(kit.doc);
}
