import { useEffect, useMemo } from 'react';
import { useApp } from '../../app/app-context';
import type { Receipt } from '../../data/expenses/records';
import { fileSize } from '../../data/expenses/receipt-files';
import { FILE_TYPES } from '../../exports/file-types';
import { Dialog } from '../../ui/Dialog';

/** Shows a photo receipt; a PDF can be saved and opened in the computer's PDF reader. */
export function ReceiptPreview({ receipt, onClose }: { receipt: Receipt; onClose: () => void }) {
  const { platform } = useApp();
  const isImage = receipt.type.startsWith('image/');
  const url = useMemo(
    () =>
      isImage
        ? URL.createObjectURL(new Blob([new Uint8Array(receipt.bytes)], { type: receipt.type }))
        : null,
    [receipt, isImage],
  );
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  return (
    <Dialog title={`Receipt: ${receipt.name}`} onClose={onClose}>
      <p>
        {isImage ? 'Photo' : 'PDF'}, {fileSize(receipt.size)}. Reference {receipt.id}.
      </p>
      {isImage && url && (
        <img className="receipt-image" src={url} alt={`Receipt ${receipt.name}`} />
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void platform.saveFile({
              suggestedName: receipt.name,
              type: isImage
                ? {
                    description: 'Image',
                    mimeType: receipt.type,
                    extensions: [receipt.name.split('.').pop() ?? 'jpg'],
                  }
                : FILE_TYPES.pdf,
              data: receipt.bytes,
            })
          }
        >
          Save a copy
        </button>
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
