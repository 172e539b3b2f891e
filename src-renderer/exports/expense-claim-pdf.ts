import { CATEGORY_LABELS, EXPENSE_CATEGORIES } from '../domain/expenses/categories';
import { CLAIMANT_ROLE_LABELS, DECLARATION_WORDING, claimTotals } from '../domain/expenses/claim';
import type { Declaration } from '../domain/expenses/claim';
import { formatPence } from '../domain/expenses/money';
import { formatLongDate } from '../domain/dates';
import type { StoredClaim } from '../data/expenses/records';
import { fileSize } from '../data/expenses/receipt-files';
import { lineSummary, lineWorking, shortDateTime, statusWords, trailStep } from './expense-text';
import type { UserOptions } from 'jspdf-autotable';
import type { PdfKit } from './pdf';
import { PAGE, finishPdf, startPdf } from './pdf';

/** What the claim form prints; receipts without their bytes. */
export interface ClaimFormData {
  claim: StoredClaim;
  claimantName: string;
  onBehalfOfName: string;
  event: { title: string; date: string };
  receipts: { id: string; lineId: string; name: string; type: string; size: number }[];
}

/**
 * The claim form finance files: who claimed for what, the lines with their working and
 * subtotals, the receipts held in the app, the declaration, and every step of the approval trail.
 */
export async function makeClaimFormPdf(data: ClaimFormData): Promise<Uint8Array> {
  const { claim, event } = data;
  const kit = await startPdf(
    `Expense claim: ${data.claimantName}`,
    `${event.title}, ${formatLongDate(event.date)}`,
  );
  const { doc, table } = kit;
  const facts: [string, string][] = [
    ['Claim', claim.id],
    ['Claimant', `${data.claimantName} (${CLAIMANT_ROLE_LABELS[claim.claimantRole]})`],
    ...(data.onBehalfOfName ? [['Came with', data.onBehalfOfName] as [string, string]] : []),
    ['Event', `${event.title}, ${formatLongDate(event.date)}`],
    ['Cost code', claim.costCode || 'Not given'],
    ['Payment details reference', claim.paymentDetailsRef || 'Not given'],
    ['Attendance', claim.attendanceConfirmed ? 'Confirmed at check-in' : 'Not confirmed'],
    ['Status', statusWords(claim.status)],
  ];
  table({ body: facts, theme: 'plain', columnStyles: { 0: { fontStyle: 'bold', cellWidth: 55 } } });

  const totals = claimTotals(claim.lines);
  const receiptNames = new Map(data.receipts.map((r) => [r.id, r.name]));
  section(kit, 'Lines', {
    head: [['Date', 'Cost', 'Working', 'Receipts', 'Amount']],
    body: claim.lines.map((line) => [
      line.date,
      lineSummary(line),
      lineWorking(line),
      line.receiptIds.map((id) => receiptNames.get(id) ?? id).join(', ') || 'None',
      formatPence(line.amountPence),
    ]),
    columnStyles: { 4: { halign: 'right' } },
  });
  section(kit, 'Subtotals', {
    body: [
      ...EXPENSE_CATEGORIES.filter((c) => totals.byCategory[c] > 0).map((c) => [
        CATEGORY_LABELS[c],
        formatPence(totals.byCategory[c]),
      ]),
      ['Total claimed', formatPence(totals.totalPence)],
    ],
    columnStyles: { 1: { halign: 'right' } },
  });
  section(kit, 'Receipts held', {
    head: [['File', 'Type', 'Size', 'Reference']],
    body:
      data.receipts.length === 0
        ? [['No receipts attached', '', '', '']]
        : data.receipts.map((r) => [r.name, r.type, fileSize(r.size), r.id]),
  });
  section(kit, 'Declaration', {
    body: (Object.keys(DECLARATION_WORDING) as (keyof Declaration)[]).map((key) => [
      claim.declaration[key] ? 'Confirmed' : 'Not confirmed',
      DECLARATION_WORDING[key],
    ]),
    columnStyles: { 0: { cellWidth: 35 } },
  });
  if (claim.overrides.length > 0) {
    section(kit, 'Authorised exceptions', {
      head: [['When', 'Exception', 'Authorised by', 'Reason']],
      body: claim.overrides.map((o) => [
        shortDateTime(o.at),
        o.kind === 'late'
          ? 'Late claim accepted'
          : `Over the limit: ${formatPence(o.amountPence ?? 0)}`,
        o.by,
        o.reason,
      ]),
    });
  }
  section(kit, 'Approval trail', {
    head: [['When', 'Change', 'By', 'Reason']],
    body:
      claim.trail.length === 0
        ? [['Not submitted yet', '', '', '']]
        : claim.trail.map((e) => [shortDateTime(e.at), trailStep(e), e.by, e.reason ?? '']),
    columnStyles: { 0: { cellWidth: 36 }, 1: { cellWidth: 44 }, 2: { cellWidth: 40 } },
  });
  return finishPdf(doc);
}

/** A heading below the last table (on a new page when there is no room), then its table. */
function section(kit: PdfKit, text: string, options: UserOptions) {
  let y = kit.lastTableEnd() + 9;
  if (y > PAGE.height - 40) {
    kit.doc.addPage();
    y = PAGE.margin + 5;
  }
  kit.doc.setFontSize(13);
  kit.doc.text(text, PAGE.margin, y);
  kit.table({ ...options, startY: y + 3 });
}
