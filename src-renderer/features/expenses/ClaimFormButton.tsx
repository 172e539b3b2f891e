import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { describeStorageError } from '../../data/storage-errors';
import { makeClaimFormPdf } from '../../exports/expense-claim-pdf';
import { FILE_TYPES, safeFileName } from '../../exports/file-types';
import { useAnnounce } from '../../ui/Announcer';
import { startBusy } from '../../ui/start-busy';
import type { ClaimData } from './use-claim-data';

/** Saves the claim form PDF: claimant, event, lines, receipts, declaration and trail. */
export function ClaimFormButton({ data }: { data: ClaimData }) {
  const { platform } = useApp();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);

  async function save() {
    await startBusy(setBusy);
    try {
      const bytes = await makeClaimFormPdf({
        claim: data.claim,
        claimantName: data.claimantName,
        onBehalfOfName: data.onBehalfOfName,
        event: { title: data.event?.title ?? 'Deleted event', date: data.event?.date ?? '' },
        receipts: data.receipts,
      });
      const saved = await platform.saveFile({
        suggestedName: `${safeFileName('expense-claim', data.claimantName, data.event?.date ?? '')}.pdf`,
        type: FILE_TYPES.pdf,
        data: bytes,
      });
      if (saved.saved) announce(`Saved the claim form as ${saved.fileName}.`);
      else if (saved.error) announce(saved.error, 'error');
    } catch (error) {
      announce(describeStorageError(error), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={busy}
      aria-busy={busy || undefined}
      onClick={save}
    >
      {busy ? 'Preparing the claim form…' : 'Download claim form (PDF)'}
    </button>
  );
}
