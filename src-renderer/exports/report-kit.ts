import type { UserOptions } from 'jspdf-autotable';
import type { Figure } from '../domain/surveys/figures';
import { SMALL_COUNT_THRESHOLD } from '../domain/surveys/figures';
import type { PdfKit } from './pdf';
import { PAGE } from './pdf';

/** A heading, then its table; a heading never sits alone at the foot of a page. */
export function section(kit: PdfKit, title: string, options: UserOptions): void {
  const { doc } = kit;
  let y = kit.lastTableEnd() + 10;
  if (y > PAGE.height - 40) {
    doc.addPage();
    y = PAGE.margin + 5;
  }
  const font = doc.getFont().fontName;
  doc.setFont(font, 'bold');
  doc.setFontSize(13);
  doc.text(title, PAGE.margin, y);
  doc.setFont(font, 'normal');
  kit.table({ theme: 'grid', ...options, startY: y + 3 });
}

/** A survey figure as a report prints it: small counts hidden, never a number. */
export function figureText(figure: Figure): string {
  if (figure.status === 'suppressed') return `fewer than ${SMALL_COUNT_THRESHOLD}`;
  if (figure.status === 'none') return '0';
  return String(Math.round(figure.value * 10) / 10);
}

export function percentText(figure: Figure): string {
  if (figure.status === 'suppressed') return 'hidden';
  if (figure.status === 'none') return '–';
  return `${Math.round(figure.value)}%`;
}

export const SUPPRESSION_NOTE = `To protect people’s privacy, figures resting on fewer than ${SMALL_COUNT_THRESHOLD} people are not shown.`;
