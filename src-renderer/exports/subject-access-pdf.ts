import type { SubjectAccessBundle } from '../domain/people/subject-access';
import { PAGE, finishPdf, startPdf } from './pdf';

/**
 * The readable copy of everything held about a person: one heading per section, then a small
 * table of labels and values for each item, so it reads as a letter would, not as data.
 */
export async function subjectAccessPdf(
  bundle: SubjectAccessBundle,
  subtitle: string,
): Promise<Uint8Array> {
  const kit = await startPdf(bundle.title, subtitle);
  const { doc } = kit;
  const width = PAGE.width - 2 * PAGE.margin;
  let y = kit.lastTableEnd() + 4;

  const room = (needed: number) => {
    if (y + needed > PAGE.height - PAGE.margin - 10) {
      doc.addPage();
      y = PAGE.margin + 5;
    }
  };
  const write = (text: string, size: number, bold: boolean) => {
    doc.setFontSize(size);
    doc.setFont(doc.getFont().fontName, bold ? 'bold' : 'normal');
    const lines = doc.splitTextToSize(text, width) as string[];
    room(lines.length * size * 0.45 + 2);
    doc.text(lines, PAGE.margin, y);
    y += lines.length * size * 0.45 + 2;
  };

  for (const section of bundle.sections) {
    room(20);
    y += 4;
    write(section.heading, 14, true);
    if (section.intro) write(section.intro, 10, false);
    if (section.items.length === 0) {
      write(section.empty, 10, false);
      continue;
    }
    for (const item of section.items) {
      room(16);
      kit.table({
        startY: y,
        head: [[{ content: item.title, colSpan: 2 }]],
        body: item.fields.map((field) => [field.label, field.value]),
        columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold' } },
      });
      y = kit.lastTableEnd() + 4;
    }
  }
  return finishPdf(doc);
}
