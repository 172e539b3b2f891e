import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { describeStorageError } from '../../../data/storage-errors';
import { FILE_TYPES, safeFileName } from '../../../exports/file-types';
import { useAnnounce } from '../../../ui/Announcer';
import { startBusy } from '../../../ui/start-busy';

/** "Save as PDF" for a report: busy while the PDF is made, then saved (a download on the web). */
export function SaveReportButton({
  fileName,
  make,
}: {
  fileName: string[];
  make: () => Promise<Uint8Array>;
}) {
  const { platform } = useApp();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    await startBusy(setBusy);
    try {
      const outcome = await platform.saveFile({
        suggestedName: `${safeFileName(...fileName)}.pdf`,
        type: FILE_TYPES.pdf,
        data: await make(),
      });
      if (outcome.saved) announce(`Saved ${outcome.fileName}.`);
      else if (outcome.error) announce(outcome.error, 'error');
    } catch (error) {
      announce(describeStorageError(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="button"
      onClick={() => void save()}
      disabled={busy}
      aria-busy={busy}
    >
      {busy ? 'Making the PDF…' : 'Save as PDF'}
    </button>
  );
}
