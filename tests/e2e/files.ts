import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';

export interface DownloadedFile {
  name: string;
  path: string;
  bytes: Buffer;
}

/** Runs the action that saves a file (in web mode: a download) and returns the file. */
export async function downloadFrom(
  page: Page,
  action: () => Promise<unknown>,
): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** The text of a PDF, read with pdftotext (poppler-utils), as a person would read the page. */
export function pdfText(file: DownloadedFile): string {
  return execFileSync('pdftotext', ['-layout', file.path, '-'], { encoding: 'utf8' });
}

/** Parses a CSV export, checking it starts with a UTF-8 byte-order mark. */
export function csvRows(file: DownloadedFile): {
  hasBom: boolean;
  header: string[];
  rows: Record<string, string>[];
} {
  const text = file.bytes.toString('utf8');
  const hasBom = text.startsWith('\uFEFF');
  const parsed = Papa.parse<Record<string, string>>(hasBom ? text.slice(1) : text, {
    header: true,
    skipEmptyLines: true,
  });
  return { hasBom, header: parsed.meta.fields ?? [], rows: parsed.data };
}
