import type { jsPDF } from 'jspdf';
import type { UserOptions } from 'jspdf-autotable';

/** A4 page geometry in millimetres. */
export const PAGE = { width: 210, height: 297, margin: 15 } as const;

export interface PdfKit {
  doc: jsPDF;
  /** Draws a table (jspdf-autotable) in the document's Unicode font. */
  table: (options: UserOptions) => void;
  /** The y position just below the last table drawn. */
  lastTableEnd: () => number;
}

/**
 * Loads jsPDF, its table plugin and the Unicode font only when a PDF is made, so they never
 * weigh on start-up, and starts an A4 document with a title.
 */
export async function startPdf(
  title: string,
  subtitle?: string,
  orientation: 'portrait' | 'landscape' = 'portrait',
): Promise<PdfKit> {
  const [{ jsPDF }, { autoTable }, { addUnicodeFont, PDF_FONT }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('./fonts'),
  ]);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation });
  addUnicodeFont(doc);
  doc.setProperties({ title, creator: 'Two Feet' });
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(18);
  doc.text(title, PAGE.margin, PAGE.margin + 5);
  doc.setFont(PDF_FONT, 'normal');
  if (subtitle) {
    doc.setFontSize(11);
    doc.text(subtitle, PAGE.margin, PAGE.margin + 12);
  }
  let end = PAGE.margin + (subtitle ? 18 : 12);
  return {
    doc,
    table: (options) => {
      autoTable(doc, {
        startY: end,
        margin: { left: PAGE.margin, right: PAGE.margin },
        styles: { font: PDF_FONT, fontSize: 10 },
        headStyles: { font: PDF_FONT, fontStyle: 'bold', fillColor: [19, 41, 61] },
        ...options,
      });
      end = (doc as jsPDF & { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? end;
    },
    lastTableEnd: () => end,
  };
}

/** Page numbers on every page, then the bytes to save. */
export function finishPdf(doc: jsPDF): Uint8Array {
  const pages = doc.getNumberOfPages();
  doc.setFontSize(9);
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    // Measured per page, so landscape pages are numbered in their own corner.
    const size = doc.internal.pageSize;
    doc.text(`Page ${page} of ${pages}`, size.getWidth() - PAGE.margin, size.getHeight() - 8, {
      align: 'right',
    });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
