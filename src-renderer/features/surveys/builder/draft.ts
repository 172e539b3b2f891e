import { newId } from '../../../data/ids';
import type { FormDefinition, Question, QuestionKind, Section } from '../../../domain/surveys/form';
import type { Instrument } from '../../../domain/surveys/instruments/types';
import { instrumentSection } from '../../../domain/surveys/templates';

/** Edits to the form being built. Each returns a new definition; nothing is saved until "Save". */

export function move<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

export function withSections(form: FormDefinition, sections: Section[]): FormDefinition {
  return { ...form, sections };
}

/** Puts the section at `index`; an index just past the end adds it. */
export function replaceSection(form: FormDefinition, index: number, section: Section) {
  if (index >= form.sections.length) return withSections(form, [...form.sections, section]);
  return withSections(
    form,
    form.sections.map((s, i) => (i === index ? section : s)),
  );
}

export function replaceQuestion(
  form: FormDefinition,
  sectionIndex: number,
  questionIndex: number,
  question: Question,
): FormDefinition {
  const section = form.sections[sectionIndex];
  if (!section) return form;
  const questions = [...section.questions];
  if (questionIndex >= questions.length) questions.push(question);
  else questions[questionIndex] = question;
  return replaceSection(form, sectionIndex, { ...section, questions });
}

export function removeQuestion(form: FormDefinition, sectionIndex: number, questionIndex: number) {
  const section = form.sections[sectionIndex];
  if (!section) return form;
  return replaceSection(form, sectionIndex, {
    ...section,
    questions: section.questions.filter((_, i) => i !== questionIndex),
  });
}

export function blankSection(): Section {
  return { id: newId(), title: '', help: '', questions: [] };
}

export function blankForm(): FormDefinition {
  return { title: '', description: '', purpose: 'feedback', sections: [] };
}

export function measureSection(instrument: Instrument): Section {
  return instrumentSection(instrument);
}

/** A new question of a kind, or the same question turned into another kind (text kept). */
export function questionOfKind(kind: QuestionKind, from?: Question): Question {
  const base = {
    id: from?.id ?? newId(),
    text: from?.text ?? '',
    help: from?.help ?? '',
    easyRead: from?.easyRead ?? '',
    required: from?.required ?? false,
    allowDecline: from?.allowDecline ?? false,
  };
  if (kind === 'single-choice' || kind === 'multiple-choice') {
    const options =
      from && (from.kind === 'single-choice' || from.kind === 'multiple-choice')
        ? from.options
        : [newOption(''), newOption('')];
    return { ...base, kind, options };
  }
  if (kind === 'scale-0-10') {
    return {
      ...base,
      kind,
      lowLabel: from?.kind === 'scale-0-10' ? from.lowLabel : '',
      highLabel: from?.kind === 'scale-0-10' ? from.highLabel : '',
    };
  }
  return { ...base, kind };
}

export function newOption(label: string) {
  return { id: newId(), label };
}

/** Errors under a path, with the path prefix taken off: "sections.1.questions.0.text" → "text". */
export function errorsUnder(
  errors: Readonly<Record<string, string | undefined>>,
  prefix: string,
): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    if (message !== undefined && key.startsWith(`${prefix}.`)) {
      found[key.slice(prefix.length + 1)] = message;
    }
  }
  return found;
}

/** Plain-English place of an error key, for the summary above the builder. */
export function errorPlace(key: string, form: FormDefinition): string {
  const match = /^sections\.(\d+)(?:\.questions\.(\d+))?/.exec(key);
  if (!match) return key === 'sections' ? 'Sections' : 'Form details';
  const s = Number(match[1]);
  const title = form.sections[s]?.title.trim() || `Section ${s + 1}`;
  return match[2] === undefined ? title : `${title}, question ${Number(match[2]) + 1}`;
}
