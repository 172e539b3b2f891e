import type { jsPDF } from 'jspdf';
import type { TaskforceEvent } from '../domain/event';
import { type Person, displayName } from '../domain/people/person';
import { PAGE, finishPdf, startPdf } from './pdf';

export interface BadgeEntry {
  person: Pick<Person, 'name' | 'preferredName' | 'pronouns'>;
  /** From allowsPhotos(their consent records): false shows the discreet no-photos marker. */
  allowsPhotos: boolean;
}

/** A4 sheet of 2 × 4 badges, 90 × 60 mm each, centred, below the title. */
export const BADGE = { width: 90, height: 60, columns: 2, rows: 4, top: 30 } as const;
export const BADGES_PER_PAGE = BADGE.columns * BADGE.rows;
const LEFT = (PAGE.width - BADGE.columns * BADGE.width) / 2;

export interface BadgeSlot {
  /** 0-based page index. */
  page: number;
  x: number;
  y: number;
}

/** Where the nth badge goes: left to right, top to bottom, 8 to a page. */
export function badgeSlot(index: number): BadgeSlot {
  const onPage = index % BADGES_PER_PAGE;
  return {
    page: Math.floor(index / BADGES_PER_PAGE),
    x: LEFT + (onPage % BADGE.columns) * BADGE.width,
    y: BADGE.top + Math.floor(onPage / BADGE.columns) * BADGE.height,
  };
}

export interface BadgeText {
  /** Large: what they like to be called. Never the legal name beside it: a badge is public. */
  main: string;
  pronouns?: string;
}

export function badgeText(person: BadgeEntry['person']): BadgeText {
  const pronouns = person.pronouns.trim();
  return { main: displayName(person), ...(pronouns ? { pronouns } : {}) };
}

/** The largest font size (points, up to `max`) at which the text fits the width. */
function fittedSize(doc: jsPDF, text: string, width: number, max: number): number {
  let size = max;
  doc.setFontSize(size);
  while (size > 10 && doc.getTextWidth(text) > width) {
    size -= 1;
    doc.setFontSize(size);
  }
  return size;
}

function drawBadge(doc: jsPDF, entry: BadgeEntry, slot: BadgeSlot, eventTitle: string): void {
  const { x, y } = slot;
  const centre = x + BADGE.width / 2;
  const inner = BADGE.width - 12;
  doc.setDrawColor(150);
  doc.setLineWidth(0.2);
  doc.setLineDashPattern([2, 2], 0);
  doc.rect(x, y, BADGE.width, BADGE.height);
  doc.setLineDashPattern([], 0);

  const text = badgeText(entry.person);
  doc.setFont(doc.getFont().fontName, 'bold');
  fittedSize(doc, text.main, inner, 30);
  doc.text(text.main, centre, y + 24, { align: 'center' });
  doc.setFont(doc.getFont().fontName, 'normal');
  if (text.pronouns) {
    fittedSize(doc, text.pronouns, inner, 12);
    doc.text(text.pronouns, centre, y + 34, { align: 'center' });
  }
  fittedSize(doc, eventTitle, BADGE.width - 40, 8);
  doc.setTextColor(80);
  doc.text(eventTitle, x + 5, y + BADGE.height - 5);
  doc.setTextColor(0);
  if (!entry.allowsPhotos) drawNoPhotos(doc, x + BADGE.width - 5, y + BADGE.height - 5);
}

/** A small camera with a line through it and the words "No photos", at the bottom right. */
function drawNoPhotos(doc: jsPDF, right: number, baseline: number): void {
  const label = 'No photos';
  doc.setFontSize(8);
  const textWidth = doc.getTextWidth(label);
  doc.text(label, right, baseline, { align: 'right' });
  const iconRight = right - textWidth - 1.5;
  const iconX = iconRight - 6;
  const iconY = baseline - 3.6;
  doc.setDrawColor(0);
  doc.setLineWidth(0.3);
  doc.rect(iconX, iconY, 6, 4);
  doc.rect(iconX + 1.5, iconY - 1, 2, 1);
  doc.circle(iconX + 3, iconY + 2, 1.1);
  doc.line(iconX - 0.5, iconY + 4.5, iconX + 6.5, iconY - 1.5);
}

export async function makeBadges(
  event: TaskforceEvent,
  entries: readonly BadgeEntry[],
): Promise<Uint8Array> {
  const { doc } = await startPdf(`Name badges: ${event.title}`);
  entries.forEach((entry, index) => {
    const slot = badgeSlot(index);
    if (slot.page + 1 > doc.getNumberOfPages()) doc.addPage();
    doc.setPage(slot.page + 1);
    drawBadge(doc, entry, slot, event.title);
  });
  return finishPdf(doc);
}
