/**
 * A quick look at an opened file before the CSV library parses it, so that a Word document, a
 * PDF, a photo or an Excel workbook picked by mistake is refused with a message saying what to
 * do, rather than producing a preview of garbage.
 */

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export type SpreadsheetCheck =
  { ok: true; delimiter: Delimiter; columns: number } | { ok: false; message: string };

const SAVE_AS_CSV =
  'Open it in your spreadsheet program and save it as "CSV UTF-8 (comma delimited)", then import that file.';
const SAMPLE_CHARS = 256 * 1024;
const SAMPLE_RECORDS = 200;
const CONSISTENT_SHARE = 0.8;

/** `text` is the whole file decoded as text (UTF-8, or Windows-1252 for older files). */
export function checkLooksLikeSpreadsheet(text: string): SpreadsheetCheck {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (content.trim() === '') {
    return {
      ok: false,
      message:
        'The file is empty. Choose a spreadsheet with a row of column headings and one row per person.',
    };
  }
  const start = content.slice(0, 8);
  if (start.startsWith('PK')) {
    return {
      ok: false,
      message: `This is a compressed file, such as an Excel workbook (.xlsx), not a CSV file. ${SAVE_AS_CSV}`,
    };
  }
  if (start.startsWith('%PDF')) {
    return {
      ok: false,
      message:
        'This is a PDF document, not a spreadsheet. Choose the spreadsheet the list was made in.',
    };
  }
  const sample = content.slice(0, SAMPLE_CHARS);
  if (sample.includes('\u0000') || unreadableShare(sample) > 0.01) {
    return {
      ok: false,
      message: `This file is not a spreadsheet saved as text: it may be a picture, a document or a workbook. ${SAVE_AS_CSV}`,
    };
  }
  return checkColumns(sample, sample.length === content.length);
}

/** Control characters (other than tab and line breaks) and the marks left by undecodable bytes. */
function unreadableShare(sample: string): number {
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const control = (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
    if (control || code === 0xfffd) bad += 1;
  }
  return bad / sample.length;
}

function checkColumns(sample: string, wholeFile: boolean): SpreadsheetCheck {
  const { records, unclosedQuote } = countDelimiters(sample);
  if (unclosedQuote && wholeFile) {
    return {
      ok: false,
      message: `A quotation mark in the file is never closed, so its rows cannot be told apart. ${SAVE_AS_CSV}`,
    };
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) {
    return {
      ok: false,
      message:
        'The file has only one row. It needs a row of column headings (for example Name, Email, Phone) and then one row per person.',
    };
  }
  let best: { delimiter: Delimiter; share: number; columns: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const expected = header[delimiter];
    if (expected === 0) continue;
    const share = rows.filter((row) => row[delimiter] === expected).length / rows.length;
    if (!best || share > best.share) best = { delimiter, share, columns: expected + 1 };
  }
  if (best && best.share >= CONSISTENT_SHARE) {
    return { ok: true, delimiter: best.delimiter, columns: best.columns };
  }
  // A list of names alone is a one-column spreadsheet: no separators anywhere.
  const singleColumn =
    rows.filter((row) => DELIMITERS.every((d) => row[d] === 0)).length / rows.length;
  if (!best && singleColumn >= CONSISTENT_SHARE) return { ok: true, delimiter: ',', columns: 1 };
  return {
    ok: false,
    message: `The rows of this file do not line up into the same columns as its first row, so it does not look like a spreadsheet. ${SAVE_AS_CSV}`,
  };
}

type Counts = Record<Delimiter, number>;

/** Separators per row, outside quotation marks; blank rows are left out. */
function countDelimiters(sample: string): { records: Counts[]; unclosedQuote: boolean } {
  const records: Counts[] = [];
  let counts = emptyCounts();
  let inQuotes = false;
  let blank = true;
  for (let i = 0; i < sample.length && records.length < SAMPLE_RECORDS; i++) {
    const char = sample[i] as string;
    if (char === '"') {
      // A doubled quotation mark inside quotes is a literal one, not the end of the cell.
      if (inQuotes && sample[i + 1] === '"') i += 1;
      else inQuotes = !inQuotes;
      blank = false;
    } else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (!blank) records.push(counts);
      counts = emptyCounts();
      blank = true;
    } else if (!inQuotes && (DELIMITERS as readonly string[]).includes(char)) {
      counts[char as Delimiter] += 1;
      blank = false;
    } else if (char.trim() !== '') {
      blank = false;
    }
  }
  if (!blank && records.length < SAMPLE_RECORDS) records.push(counts);
  return { records, unclosedQuote: inQuotes };
}

function emptyCounts(): Counts {
  return { ',': 0, ';': 0, '\t': 0, '|': 0 };
}
