import type { ClaimLine, LineField } from '../../domain/expenses/lines';
import { validateLine } from '../../domain/expenses/lines';
import { policyInForce } from '../../domain/expenses/policy';
import { type CommandContext, createdMeta, nextMeta } from '../../domain/record';
import { withoutControlCharacters } from '../../domain/text';
import { appendAudit } from '../audit';
import { type CommandResult, NOT_FOUND } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';
import { NOT_A_DRAFT } from './claim-commands';
import { loadPolicies, priceLines } from './claim-context';
import type { Receipt, StoredClaim } from './records';
import { receiptFileProblem, receiptMimeType } from './receipt-files';

/**
 * Lines of a draft claim and the receipts attached to them. Every change re-prices the whole
 * claim, so a mileage line added before an earlier journey moves the 10,000-mile split to
 * the right journey.
 */

const LINE_GONE =
  'This line is no longer on the claim. It may have been removed in another window.';

/** Adds a line, or replaces the line with the same id; its receipts stay attached. */
export async function saveLine(
  db: TwoFeetDb,
  claimId: string,
  line: ClaimLine,
  ctx: CommandContext,
): Promise<CommandResult<StoredClaim, LineField>> {
  return db.transaction('rw', db.claims, db.expensePolicies, async () => {
    const current = await db.claims.get(claimId);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.status !== 'draft') return { ok: false, conflict: NOT_A_DRAFT };
    const policies = await loadPolicies(db);
    const checked = validateLine(line, policyInForce(policies, line.date)?.maxLinePence);
    if (!checked.ok) return checked;
    const existing = current.lines.find((l) => l.id === line.id);
    const saved: ClaimLine = { ...checked.value, receiptIds: existing?.receiptIds ?? [] };
    const lines = existing
      ? current.lines.map((l) => (l.id === line.id ? saved : l))
      : [...current.lines, saved];
    const priced = await priceLines(db, current, lines, policies);
    const claim: StoredClaim = { ...current, ...nextMeta(current, ctx), lines: priced };
    await db.claims.put(claim);
    return { ok: true, value: claim };
  });
}

/** Removes a line and its receipts from a draft. */
export async function removeLine(
  db: TwoFeetDb,
  claimId: string,
  lineId: string,
  ctx: CommandContext,
): Promise<CommandResult<StoredClaim>> {
  return db.transaction(
    'rw',
    [db.claims, db.expensePolicies, db.receipts, db.tombstones],
    async () => {
      const current = await db.claims.get(claimId);
      if (!current) return { ok: false, conflict: NOT_FOUND };
      if (current.status !== 'draft') return { ok: false, conflict: NOT_A_DRAFT };
      const line = current.lines.find((l) => l.id === lineId);
      if (!line) return { ok: false, conflict: LINE_GONE };
      const lines = current.lines.filter((l) => l.id !== lineId);
      const priced = await priceLines(db, current, lines, await loadPolicies(db));
      const claim: StoredClaim = { ...current, ...nextMeta(current, ctx), lines: priced };
      await db.claims.put(claim);
      await deleteReceipts(db, line.receiptIds, ctx);
      return { ok: true, value: claim };
    },
  );
}

async function deleteReceipts(db: TwoFeetDb, ids: readonly string[], ctx: CommandContext) {
  await db.receipts.bulkDelete([...ids]);
  await db.tombstones.bulkPut(
    ids.map((id) => ({ id, table: 'receipts', deletedAt: ctx.now, deletedBy: ctx.actor })),
  );
}

export interface ReceiptFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Stores a photo or PDF in the database and attaches it to a line of a draft claim. */
export async function attachReceipt(
  db: TwoFeetDb,
  claimId: string,
  lineId: string,
  file: ReceiptFile,
  ctx: CommandContext,
  ids: () => string = newId,
): Promise<CommandResult<Receipt, 'file'>> {
  const problem = receiptFileProblem(file.bytes);
  const type = receiptMimeType(file.bytes);
  if (problem || !type) return { ok: false, errors: { file: problem } };
  const name = withoutControlCharacters(file.fileName).trim().slice(0, 200) || 'receipt';
  return db.transaction('rw', db.claims, db.receipts, db.auditLog, async () => {
    const current = await db.claims.get(claimId);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.status !== 'draft') return { ok: false, conflict: NOT_A_DRAFT };
    if (!current.lines.some((l) => l.id === lineId)) return { ok: false, conflict: LINE_GONE };
    const receipt: Receipt = {
      ...createdMeta(ids(), ctx),
      claimId,
      lineId,
      name,
      type,
      size: file.bytes.length,
      bytes: file.bytes,
      addedBy: ctx.actor,
    };
    await db.receipts.add(receipt);
    const lines = current.lines.map((l) =>
      l.id === lineId ? { ...l, receiptIds: [...l.receiptIds, receipt.id] } : l,
    );
    await db.claims.put({ ...current, ...nextMeta(current, ctx), lines });
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'claim-receipt-attached',
      summary: 'Attached a receipt to an expense claim.',
      subject: { table: 'claims', id: claimId },
    });
    return { ok: true, value: receipt };
  });
}

/** Removes one receipt from its line (draft claims only). */
export async function removeReceipt(
  db: TwoFeetDb,
  receiptId: string,
  ctx: CommandContext,
): Promise<CommandResult<StoredClaim>> {
  return db.transaction('rw', db.claims, db.receipts, db.tombstones, async () => {
    const receipt = await db.receipts.get(receiptId);
    if (!receipt) return { ok: false, conflict: NOT_FOUND };
    const current = await db.claims.get(receipt.claimId);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.status !== 'draft') return { ok: false, conflict: NOT_A_DRAFT };
    const lines = current.lines.map((l) => ({
      ...l,
      receiptIds: l.receiptIds.filter((id) => id !== receiptId),
    }));
    const claim: StoredClaim = { ...current, ...nextMeta(current, ctx), lines };
    await db.claims.put(claim);
    await deleteReceipts(db, [receiptId], ctx);
    return { ok: true, value: claim };
  });
}
