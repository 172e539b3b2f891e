import Papa from 'papaparse';
import type { ColumnMapping } from '../../../domain/people/import-columns';
import { checkLooksLikeSpreadsheet } from '../../../domain/people/spreadsheet-check';

/** A file opened for import, as rows of text cells with its first row as the headings. */
export interface SpreadsheetTable {
  header: string[];
  rows: string[][];
  /** Something the user should know about how the file was read, e.g. its text encoding. */
  notice?: string;
}

export type SpreadsheetReading =
  { ok: true; table: SpreadsheetTable } | { ok: false; message: string };

export const MAX_IMPORT_BYTES = 20_000_000;

export const WINDOWS_1252_NOTICE =
  'This file is not saved as UTF-8 text, so it was read as an older Windows spreadsheet (Windows-1252). Check that names with accents look right in the preview. If they do not, save the file from your spreadsheet program as "CSV UTF-8 (comma delimited)" and import that instead.';

export const NOT_A_WORKBOOK =
  'This file could not be read as an Excel workbook (.xlsx). It may be damaged, password-protected or a different kind of file. Open it in your spreadsheet program and save it again as .xlsx, or as "CSV UTF-8 (comma delimited)", then import that.';

type ReadXlsx = (bytes: Uint8Array) => Promise<unknown[][]>;

/**
 * The workbook reader is loaded only when someone opens an .xlsx file. Left to itself, it
 * inflates any part over 512 KB (a sheet of a few thousand people) in a web worker made from a
 * blob: address, which the Content-Security-Policy forbids, so the read never finished. The
 * parts are unpacked here first and handed over uncompressed, so all the work stays on this page.
 */
const readXlsxInBrowser: ReadXlsx = async (bytes) => {
  const [{ readSheet }, { unzipSync, zipSync }] = await Promise.all([
    import('read-excel-file/browser'),
    import('fflate'),
  ]);
  const parts = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
  return readSheet(toArrayBuffer(zipSync(parts, { level: 0 })));
};

/**
 * Reads a CSV or XLSX file. XLSX is recognised by its name or by the zip signature at its
 * start; anything else is treated as text and checked before it is parsed, so a photo or a
 * document picked by mistake is refused with a message saying what to do.
 */
export async function readSpreadsheet(
  fileName: string,
  bytes: Uint8Array,
  readXlsx: ReadXlsx = readXlsxInBrowser,
): Promise<SpreadsheetReading> {
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  if (/\.xlsx$/i.test(fileName) || zipped) return readWorkbook(bytes, readXlsx);
  return readCsv(bytes);
}

export function readCsv(bytes: Uint8Array): SpreadsheetReading {
  const { text, notice } = decodeText(bytes);
  const check = checkLooksLikeSpreadsheet(text);
  if (!check.ok) return { ok: false, message: check.message };
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(content, {
    delimiter: check.delimiter,
    skipEmptyLines: false,
  });
  const table = toTable(parsed.data.map((row) => row.map((cell) => cell ?? '')));
  if (!table) return { ok: false, message: ONLY_HEADINGS };
  return { ok: true, table: notice ? { ...table, notice } : table };
}

async function readWorkbook(bytes: Uint8Array, readXlsx: ReadXlsx): Promise<SpreadsheetReading> {
  let sheet: unknown[][];
  try {
    sheet = await readXlsx(bytes);
  } catch {
    return { ok: false, message: NOT_A_WORKBOOK };
  }
  const rows = sheet.map((row) => row.map(cellText));
  if (rows.every((row) => row.every((cell) => cell.trim() === ''))) {
    return {
      ok: false,
      message:
        'The first sheet of this workbook is empty. Put the people on the first sheet, with a row of column headings at the top.',
    };
  }
  const table = toTable(rows);
  if (!table) return { ok: false, message: ONLY_HEADINGS };
  return { ok: true, table };
}

const ONLY_HEADINGS =
  'The file has only one row. It needs a row of column headings (for example Name, Email, Phone) and then one row per person.';

/** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, with a notice saying so. */
export function decodeText(bytes: Uint8Array): { text: string; notice?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), notice: WINDOWS_1252_NOTICE };
  }
}

/** Headings from the first non-blank row; trailing blank rows (a final line break) dropped. */
function toTable(records: string[][]): SpreadsheetTable | undefined {
  const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
  const rows = [...records];
  while (rows.length > 0 && isBlank(rows[rows.length - 1] ?? [])) rows.pop();
  while (rows.length > 0 && isBlank(rows[0] ?? [])) rows.shift();
  const [first, ...rest] = rows;
  if (!first || rest.length === 0) return undefined;
  const header = first.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  return { header, rows: rest };
}

/**
 * Spreadsheet programs store a phone number typed as 07700 900123 as the number 7700900123,
 * losing its leading zero (and 447700900123 its +). In the columns mapped to phone, a cell of
 * digits alone that can only be such a number gets its 0 (or +) back, so the register keeps the
 * number as people write it. Anything else is left exactly as it was.
 */
export function restorePhoneZeros(
  table: SpreadsheetTable,
  mapping: ColumnMapping,
): SpreadsheetTable {
  const phoneColumns = mapping.flatMap((field, index) => (field === 'phone' ? [index] : []));
  if (phoneColumns.length === 0) return table;
  const rows = table.rows.map((row) => {
    if (!phoneColumns.some((index) => lostZero(row[index] ?? '') !== undefined)) return row;
    return row.map((cell, index) =>
      phoneColumns.includes(index) ? (lostZero(cell) ?? cell) : cell,
    );
  });
  return { ...table, rows };
}

/** "7700900123" → "07700900123"; "447700900123" → "+447700900123"; otherwise undefined. */
function lostZero(cell: string): string | undefined {
  const text = cell.trim();
  if (/^[12378]\d{9}$/.test(text)) return `0${text}`;
  if (/^44[12378]\d{9}$/.test(text)) return `+${text}`;
  return undefined;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}
