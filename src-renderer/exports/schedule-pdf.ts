import type { CellInput, RowInput } from 'jspdf-autotable';
import type { Schedule, ScheduleRow } from '../domain/board/schedule';
import type { TaskforceEvent } from '../domain/event';
import { finishPdf, startPdf } from './pdf';
import { eventSummary } from './sign-in-sheet-pdf';

/** Pale grey for breaks, so they read as gaps across the whole row. */
const BREAK_FILL: [number, number, number] = [230, 230, 230];

/** "Garden room", then "Holds 12 · step-free", then the space's own access notes. */
export function spaceHeading(name: string, details: string, notes: string): string {
  return [name, details, notes].filter((line) => line !== '').join('\n');
}

/** One table row per slot: times down the side, a topic and its convener(s) in each cell. */
export function scheduleBody(schedule: Schedule): RowInput[] {
  return schedule.rows.map((row) => [timesCell(row), ...rowCells(row, schedule.columns.length)]);
}

function timesCell(row: ScheduleRow): CellInput {
  return { content: row.label ? `${row.times}\n${row.label}` : row.times };
}

function rowCells(row: ScheduleRow, columns: number): CellInput[] {
  if (row.kind === 'break') {
    return [
      {
        content: row.label ? `Break: ${row.label}` : 'Break',
        colSpan: Math.max(columns, 1),
        styles: { halign: 'center', fontStyle: 'bold', fillColor: BREAK_FILL },
      },
    ];
  }
  return row.cells.map((cell) => ({
    content: cell.title ? `${cell.title}\nHosted by ${cell.conveners}` : '',
  }));
}

/**
 * The grid to pin on the wall: landscape A4, large type, slots down the side and spaces across
 * with their capacity and access notes under the name. Topics still in the queue follow, so
 * none is forgotten.
 */
export async function makeSchedulePdf(
  event: TaskforceEvent,
  schedule: Schedule,
  notesOf: (spaceId: string) => string,
): Promise<Uint8Array> {
  const kit = await startPdf(`Schedule: ${event.title}`, eventSummary(event), 'landscape');
  kit.table({
    head: [
      ['Time', ...schedule.columns.map((c) => spaceHeading(c.name, c.details, notesOf(c.spaceId)))],
    ],
    body: scheduleBody(schedule),
    theme: 'grid',
    styles: { fontSize: 13, cellPadding: 2.5, valign: 'top', overflow: 'linebreak' },
    headStyles: { fontSize: 12 },
    columnStyles: { 0: { cellWidth: 36, fontStyle: 'bold' } },
    bodyStyles: { minCellHeight: 18 },
    rowPageBreak: 'avoid',
  });
  if (schedule.unplaced.length > 0) {
    kit.doc.addPage();
    kit.table({
      startY: 20,
      head: [['Topics not yet on the grid', 'Hosted by']],
      body: schedule.unplaced.map((topic) => [topic.title, topic.conveners]),
      theme: 'grid',
      styles: { fontSize: 13 },
    });
  }
  return finishPdf(kit.doc);
}
