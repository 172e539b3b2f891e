import type { Answers } from './answers';
import { answerFor } from './answers';
import type { FormDefinition, InstrumentBinding, Section } from './form';
import { findInstrument } from './instruments';
import type { Instrument, InstrumentLookup, ItemAnswers, Score } from './instruments/types';

/**
 * Scores are worked out from the stored answers every time they are read, with the current
 * scoring: a corrected scoring function then needs no data migration. The binding says which
 * scoring version was current when the form version was made, for the audit trail.
 */
export interface MeasureScore {
  sectionId: string;
  instrument: Instrument;
  binding: InstrumentBinding;
  score: Score;
}

/** The answers of one instrument section, re-keyed from question ids to the item ids. */
export function itemAnswers(section: Section, answers: Answers): ItemAnswers {
  const byItem: Record<string, ReturnType<typeof answerFor>> = {};
  for (const question of section.questions) {
    if (question.itemId !== undefined) byItem[question.itemId] = answerFor(answers, question.id);
  }
  return byItem;
}

/** One score per instrument section of the form the answers belong to. */
export function scoreResponse(
  form: FormDefinition,
  answers: Answers,
  lookup: InstrumentLookup = findInstrument,
): MeasureScore[] {
  const scores: MeasureScore[] = [];
  for (const section of form.sections) {
    const binding = section.instrument;
    if (!binding) continue;
    const instrument = lookup(binding.instrumentId);
    if (!instrument) continue;
    scores.push({
      sectionId: section.id,
      instrument,
      binding,
      score: instrument.score(itemAnswers(section, answers)),
    });
  }
  return scores;
}

/** The score of one instrument, or undefined when this form does not ask it. */
export function scoreInstrument(
  form: FormDefinition,
  answers: Answers,
  instrumentId: string,
  lookup: InstrumentLookup = findInstrument,
): Score | undefined {
  const section = form.sections.find((s) => s.instrument?.instrumentId === instrumentId);
  const instrument = lookup(instrumentId);
  if (!section || !instrument) return undefined;
  return instrument.score(itemAnswers(section, answers));
}
