import type { FileType } from '../../platform/platform';

/** A phone photo of a receipt is a few megabytes; anything much larger is not a receipt. */
export const MAX_RECEIPT_BYTES = 10_000_000;

export const RECEIPT_FILE_TYPES: FileType[] = [
  {
    description: 'Photo of a receipt',
    mimeType: 'image/*',
    extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif', 'heic'],
  },
  { description: 'PDF receipt or invoice', mimeType: 'application/pdf', extensions: ['pdf'] },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The kind of file from its first bytes, not its name: a renamed spreadsheet is not a receipt.
 * Undefined when it is neither a photo nor a PDF.
 */
export function receiptMimeType(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('GIF8'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('ftyp'), 4) && /^(heic|heix|mif1|msf1)$/.test(brand(bytes))) {
    return 'image/heic';
  }
  return undefined;
}

function brand(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.slice(8, 12));
}

/** Why a file cannot be a receipt, or undefined when it can. */
export function receiptFileProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'That file is empty. Choose the photo or PDF of the receipt.';
  if (bytes.length > MAX_RECEIPT_BYTES) {
    return 'That file is over 10 MB. Take a smaller photo, or save the PDF again at a lower quality.';
  }
  if (!receiptMimeType(bytes)) {
    return 'That is not a photo (JPEG, PNG, WebP, GIF, HEIC) or a PDF. Choose the receipt’s photo or PDF.';
  }
  return undefined;
}

/** "2.4 MB", "350 KB", "12 bytes". */
export function fileSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}
