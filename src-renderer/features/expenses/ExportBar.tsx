import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { QueueRow } from '../../data/expenses/queue';
import { markClaimsPaid } from '../../data/expenses/workflow-commands';
import { describeStorageError } from '../../data/storage-errors';
import { localDate } from '../../domain/dates';
import { makeBatchPdf } from '../../exports/expense-batch-pdf';
import { financeCsv } from '../../exports/expense-csv';
import { FILE_TYPES } from '../../exports/file-types';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { startBusy } from '../../ui/start-busy';
import { counted } from '../people/Pager';

type Busy = 'csv' | 'pdf' | null;

/**
 * Exports the claims the filters show (every page): the finance CSV and a batch PDF. After a
 * CSV export, the approved claims in it can be marked paid in one step.
 */
export function ExportBar({ rows }: { rows: readonly QueueRow[] }) {
  const { db, platform, commandContext } = useApp();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<Busy>(null);
  const [batch, setBatch] = useState<string[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const approvedInBatch = batch
    ? rows.filter((r) => batch.includes(r.claim.id) && r.claim.status === 'approved').length
    : 0;

  async function run(kind: 'csv' | 'pdf') {
    await startBusy(() => setBusy(kind));
    try {
      const today = localDate(new Date());
      if (kind === 'csv') {
        const csv = financeCsv(rows);
        if (!csv.ok) return announce(`Not exported: ${csv.problem}`, 'error');
        const saved = await platform.saveFile({
          suggestedName: `expense-claims-${today}.csv`,
          type: FILE_TYPES.csv,
          data: csv.text,
        });
        if (saved.saved) {
          setBatch(rows.map((r) => r.claim.id));
          announce(`Exported ${counted(csv.rows, ['line', 'lines'])} to ${saved.fileName}.`);
        } else if (saved.error) announce(saved.error, 'error');
      } else {
        const bytes = await makeBatchPdf(rows, today);
        const saved = await platform.saveFile({
          suggestedName: `expense-claims-summary-${today}.pdf`,
          type: FILE_TYPES.pdf,
          data: bytes,
        });
        if (saved.saved) announce(`Saved the batch summary as ${saved.fileName}.`);
        else if (saved.error) announce(saved.error, 'error');
      }
    } catch (error) {
      announce(describeStorageError(error), 'error');
    } finally {
      setBusy(null);
    }
  }

  async function markPaid() {
    setConfirming(false);
    if (!batch) return;
    try {
      const result = await markClaimsPaid(db, batch, commandContext());
      if (result.ok) {
        const { paid, refused } = result.value;
        announce(
          `Marked ${counted(paid, ['claim', 'claims'])} paid.${refused > 0 ? ` ${counted(refused, ['claim was', 'claims were'])} not approved, so left as they were.` : ''}`,
        );
        setBatch(null);
      }
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  return (
    <div className="export-bar">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy !== null || rows.length === 0}
        onClick={() => run('csv')}
      >
        Export CSV for finance
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy !== null || rows.length === 0}
        onClick={() => run('pdf')}
      >
        Batch summary (PDF)
      </button>
      {busy && (
        <p className="export-progress" aria-live="polite">
          <progress aria-label={busy === 'csv' ? 'Preparing the CSV' : 'Preparing the PDF'} />{' '}
          Preparing {counted(rows.length, ['claim', 'claims'])}…
        </p>
      )}
      {batch && approvedInBatch > 0 && (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Mark this batch paid
        </button>
      )}
      {confirming && (
        <ConfirmDialog
          title="Mark this batch paid?"
          message={
            <p>
              {counted(approvedInBatch, ['approved claim', 'approved claims'])} in the exported
              batch will be marked paid. This cannot be undone. Claims in the batch that are not
              approved stay as they are.
            </p>
          }
          confirmLabel="Mark paid"
          onConfirm={markPaid}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
