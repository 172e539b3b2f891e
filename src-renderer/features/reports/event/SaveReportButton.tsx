import { useApp } from '../../../app/app-context';
import { describeStorageError } from '../../../data/storage-errors';
import { FILE_TYPES, safeFileName } from '../../../exports/file-types';
import { useAnnounce } from '../../../ui/Announcer';
import { BusyButton } from '../../../ui/BusyButton';

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
  const save = async () => {
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
    }
  };
  return (
    <BusyButton busyLabel="Making the PDF…" onRun={save}>
      Save as PDF
    </BusyButton>
  );
}
