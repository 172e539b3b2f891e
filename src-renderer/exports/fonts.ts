import type { jsPDF } from 'jspdf';
// Inlined as data URLs, in a chunk that loads only when a PDF is made. DejaVu Sans covers the
// names people actually have (Łukasz, Zoë, Nguyễn, Ἀλέξανδρος…), which PDF's 14 standard fonts,
// limited to Latin-1, cannot print.
import regularUrl from '../../resources/fonts/DejaVuSans.ttf?inline';
import boldUrl from '../../resources/fonts/DejaVuSans-Bold.ttf?inline';

export const PDF_FONT = 'DejaVuSans';

export function addUnicodeFont(doc: jsPDF): void {
  for (const [file, url, style] of [
    ['DejaVuSans.ttf', regularUrl, 'normal'],
    ['DejaVuSans-Bold.ttf', boldUrl, 'bold'],
  ] as const) {
    doc.addFileToVFS(file, url.slice(url.indexOf(',') + 1));
    doc.addFont(file, PDF_FONT, style);
  }
  doc.setFont(PDF_FONT, 'normal');
}
