import { formatLongDate } from '../domain/dates';
import type { DecisionSummary } from '../domain/voting/outcome';
import { finishPdf, startPdf } from './pdf';

/**
 * A decision as the group made it, for the minutes and the event report: the proposal, every
 * round with its method, rule and result, the concerns raised, and the outcome with the dissent
 * noted and the review date. `nameOf` turns a stored person id into a name for concerns.
 */
export async function makeDecisionPdf(
  decision: DecisionSummary,
  meeting: string,
  nameOf: (raisedBy: string) => string,
): Promise<Uint8Array> {
  const kit = await startPdf(`Decision: ${decision.title}`, meeting);
  kit.table({
    head: [['The proposal']],
    body: [[decision.text || decision.title]],
    theme: 'grid',
  });
  kit.table({
    startY: kit.lastTableEnd() + 6,
    head: [['Round', 'Method and rule', 'Votes', 'Result', 'Concerns raised']],
    body: decision.rounds.map((round) => [
      String(round.number),
      `${round.method}${round.anonymous ? ' (anonymous)' : ''}\n${round.rule}`,
      String(round.voters),
      round.result,
      round.concerns
        .map((c) => (c.raisedBy ? `${c.concern} (${nameOf(c.raisedBy)})` : c.concern))
        .join('\n'),
    ]),
    theme: 'grid',
    columnStyles: { 0: { cellWidth: 16 }, 2: { cellWidth: 16 } },
  });
  kit.table({
    startY: kit.lastTableEnd() + 6,
    head: [['Outcome', '']],
    body: [
      ['Decision', decision.statement],
      ['Dissent noted', decision.dissent || 'None recorded.'],
      ['Decided on', formatLongDate(decision.decidedOn)],
      ['Review date', formatLongDate(decision.reviewDate)],
    ],
    theme: 'grid',
    columnStyles: { 0: { cellWidth: 36, fontStyle: 'bold' } },
  });
  return finishPdf(kit.doc);
}
