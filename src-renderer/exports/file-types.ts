import type { FileType } from '../platform/platform';

export const FILE_TYPES = {
  csv: { description: 'CSV spreadsheet', mimeType: 'text/csv', extensions: ['csv'] },
  xlsx: {
    description: 'Excel workbook',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pdf: { description: 'PDF document', mimeType: 'application/pdf', extensions: ['pdf'] },
  json: { description: 'JSON data', mimeType: 'application/json', extensions: ['json'] },
} as const satisfies Record<string, FileType>;

/** "Keep in touch – LGBT & Cancer" → "keep-in-touch-lgbt-cancer": safe on every system. */
export function safeFileName(...parts: string[]): string {
  return (
    parts
      .join('-')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'two-feet'
  );
}
