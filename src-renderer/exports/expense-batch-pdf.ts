import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from '../domain/expenses/claim';
import { formatPence } from '../domain/expenses/money';
import { queueTotals } from '../domain/expenses/workflow';
import type { QueueRow } from '../data/expenses/queue';
import { finishPdf, startPdf } from './pdf';

/**
 * A batch summary for finance: one row per claim (claimant, event, status, lines, total), then
 * totals by status and for the batch, all summed in whole pence.
 */
export async function makeBatchPdf(rows: readonly QueueRow[], madeOn: string): Promise<Uint8Array> {
  const totals = queueTotals(rows.map((r) => ({ claim: r.claim, eventDate: r.eventDate })));
  const kit = await startPdf(
    'Expense claims: batch summary',
    `${totals.claims} claims, ${totals.lines} lines, ${formatPence(totals.totalPence)} · made ${madeOn}`,
  );
  kit.table({
    head: [['Claim', 'Claimant', 'Event', 'Event date', 'Cost code', 'Status', 'Lines', 'Total']],
    body: rows.map((r) => [
      r.claim.id,
      r.claimantName,
      r.event.title,
      r.eventDate,
      r.claim.costCode,
      CLAIM_STATUS_LABELS[r.claim.status],
      String(r.claim.lines.length),
      formatPence(r.totalPence),
    ]),
    styles: { fontSize: 8 },
    columnStyles: { 0: { cellWidth: 28 }, 6: { halign: 'right' }, 7: { halign: 'right' } },
  });
  kit.table({
    startY: kit.lastTableEnd() + 8,
    head: [['Status', 'Claims', 'Total']],
    body: [
      ...CLAIM_STATUSES.filter((s) => totals.byStatus[s].claims > 0).map((s) => [
        CLAIM_STATUS_LABELS[s],
        String(totals.byStatus[s].claims),
        formatPence(totals.byStatus[s].totalPence),
      ]),
      ['Batch total', String(totals.claims), formatPence(totals.totalPence)],
    ],
    columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' } },
  });
  return finishPdf(kit.doc);
}
