import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { ReceiptFile } from '../../data/expenses/line-commands';
import { attachReceipt, removeReceipt } from '../../data/expenses/line-commands';
import type { Receipt } from '../../data/expenses/records';
import { MAX_RECEIPT_BYTES, RECEIPT_FILE_TYPES, fileSize } from '../../data/expenses/receipt-files';
import { describeStorageError } from '../../data/storage-errors';
import type { ClaimLine } from '../../domain/expenses/lines';
import { lineSummary } from '../../exports/expense-text';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { CameraButton } from './CameraButton';
import { ReceiptPreview } from './ReceiptPreview';

type Open = { kind: 'none' } | { kind: 'view' | 'remove'; receipt: Receipt };

/** A line's receipts: attach from a file or the camera, preview, remove. */
export function ReceiptList({
  claimId,
  line,
  receipts,
  editable,
}: {
  claimId: string;
  line: ClaimLine;
  receipts: readonly Receipt[];
  editable: boolean;
}) {
  const { db, platform, commandContext } = useApp();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [problem, setProblem] = useState<string | null>(null);
  const mine = receipts.filter((r) => line.receiptIds.includes(r.id));
  const what = lineSummary(line);

  async function attach(file: ReceiptFile) {
    try {
      const result = await attachReceipt(db, claimId, line.id, file, commandContext());
      if (result.ok) {
        setProblem(null);
        announce(`Receipt ${result.value.name} attached.`);
      } else {
        setProblem('errors' in result ? (result.errors.file ?? null) : result.conflict);
      }
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  }

  async function chooseFile() {
    const opened = await platform.openFile({
      types: RECEIPT_FILE_TYPES,
      maxBytes: MAX_RECEIPT_BYTES,
    });
    if (opened.opened) await attach({ fileName: opened.fileName, bytes: opened.bytes });
    else if (opened.error) setProblem(opened.error);
  }

  async function remove(receipt: Receipt) {
    setOpen({ kind: 'none' });
    try {
      const result = await removeReceipt(db, receipt.id, commandContext());
      announce(
        result.ok ? 'Receipt removed.' : 'The receipt could not be removed.',
        result.ok ? 'success' : 'error',
      );
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  return (
    <div className="receipts">
      {mine.length === 0 ? (
        <p className="receipts__none">No receipt attached.</p>
      ) : (
        <ul className="receipts__list" aria-label={`Receipts for ${what}`}>
          {mine.map((receipt) => (
            <li key={receipt.id}>
              <span>
                {receipt.name} ({fileSize(receipt.size)})
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setOpen({ kind: 'view', receipt })}
              >
                View <span className="visually-hidden">{receipt.name}</span>
              </button>
              {editable && (
                <button
                  type="button"
                  className="button button--danger button--small"
                  onClick={() => setOpen({ kind: 'remove', receipt })}
                >
                  Remove <span className="visually-hidden">{receipt.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {editable && (
        <div className="receipts__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={chooseFile}
          >
            Attach receipt <span className="visually-hidden">to {what}</span>
          </button>
          <CameraButton label={`Take a photo of the receipt for ${what}`} onPhoto={attach} />
        </div>
      )}
      {open.kind === 'view' && (
        <ReceiptPreview receipt={open.receipt} onClose={() => setOpen({ kind: 'none' })} />
      )}
      {open.kind === 'remove' && (
        <ConfirmDialog
          title="Remove this receipt?"
          message={<p>{open.receipt.name} will be removed from the claim.</p>}
          confirmLabel="Remove receipt"
          onConfirm={() => remove(open.receipt)}
          onCancel={() => setOpen({ kind: 'none' })}
        />
      )}
    </div>
  );
}
