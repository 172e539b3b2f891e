import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import type { FormDefinition, Question, Section } from './form';
import { FORM_PURPOSES, QUESTION_KINDS } from './form';
import { findInstrument } from './instruments';
import type { Instrument, InstrumentLookup } from './instruments/types';

/**
 * Ids become object keys, CSV columns and DOM ids, so they are kept to plain characters; they may
 * not start with "_" so that "_form" can never clash with a question id in response errors.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export const FORM_LIMITS = {
  sections: 30,
  questions: 200,
  options: 30,
  questionText: 500,
  help: 1000,
  scaleLabel: 80,
} as const;

type Errors = FieldErrors<string>;

/**
 * Checks a form before it is saved. Error keys are paths such as "sections.0.questions.2.options"
 * because ids themselves may be wrong or duplicated. Returns the form with its text trimmed.
 */
export function validateFormDefinition(
  form: FormDefinition,
  lookup: InstrumentLookup = findInstrument,
): Validated<FormDefinition, string> {
  const errors: Errors = {
    title: checkText(form.title, { label: 'a title', required: true, max: LIMITS.name }),
    description: checkText(form.description, {
      label: 'the description',
      required: false,
      max: LIMITS.longText,
    }),
    purpose: FORM_PURPOSES.includes(form.purpose) ? undefined : 'Choose what the form is for.',
  };
  if (form.sections.length === 0) errors.sections = 'Add at least one section.';
  if (form.sections.length > FORM_LIMITS.sections) {
    errors.sections = `A form can have up to ${FORM_LIMITS.sections} sections.`;
  }
  const questionCount = form.sections.reduce((n, section) => n + section.questions.length, 0);
  if (questionCount > FORM_LIMITS.questions) {
    errors.sections = `A form can have up to ${FORM_LIMITS.questions} questions.`;
  }

  const sectionIds = new Set<string>();
  const questionIds = new Set<string>();
  form.sections.forEach((section, s) => {
    const path = `sections.${s}`;
    errors[`${path}.id`] = checkId(section.id, sectionIds, 'section');
    checkSection(section, path, errors);
    section.questions.forEach((question, q) => {
      const questionPath = `${path}.questions.${q}`;
      errors[`${questionPath}.id`] = checkId(question.id, questionIds, 'question');
      checkQuestion(question, questionPath, errors);
    });
    if (section.instrument) checkInstrumentSection(section, path, lookup, errors);
    else {
      section.questions.forEach((question, q) => {
        if (question.itemId !== undefined) {
          errors[`${path}.questions.${q}.itemId`] =
            'Only questions in an instrument section can be instrument items.';
        }
      });
    }
  });

  if (hasErrors(errors)) return { ok: false, errors: withoutEmpty(errors) };
  return { ok: true, value: normalise(form) };
}

function checkId(id: string, seen: Set<string>, what: string): string | undefined {
  if (!ID_PATTERN.test(id)) return `The ${what} id must be letters, digits, ".", "_" or "-".`;
  if (seen.has(id)) return `Another ${what} already uses the id "${id}".`;
  seen.add(id);
  return undefined;
}

function checkSection(section: Section, path: string, errors: Errors): void {
  errors[`${path}.title`] = checkText(section.title, {
    label: 'a section title',
    required: true,
    max: LIMITS.shortText,
  });
  errors[`${path}.help`] = checkText(section.help, {
    label: 'the section help',
    required: false,
    max: FORM_LIMITS.help,
  });
  if (section.questions.length === 0) errors[`${path}.questions`] = 'Add at least one question.';
}

function checkQuestion(question: Question, path: string, errors: Errors): void {
  if (!QUESTION_KINDS.includes(question.kind)) {
    errors[`${path}.kind`] = 'Choose what kind of question this is.';
    return;
  }
  const text = (value: string, label: string, required: boolean, max: number) =>
    checkText(value, { label, required, max });
  errors[`${path}.text`] = text(question.text, 'the question', true, FORM_LIMITS.questionText);
  errors[`${path}.help`] = text(question.help, 'the help text', false, FORM_LIMITS.help);
  errors[`${path}.easyRead`] = text(
    question.easyRead,
    'the easy-read wording',
    false,
    FORM_LIMITS.help,
  );
  if (question.kind === 'single-choice' || question.kind === 'multiple-choice') {
    errors[`${path}.options`] = checkOptions(question.options);
  }
  if (question.kind === 'scale-0-10') {
    errors[`${path}.labels`] =
      text(question.lowLabel, 'the label for 0', false, FORM_LIMITS.scaleLabel) ??
      text(question.highLabel, 'the label for 10', false, FORM_LIMITS.scaleLabel);
  }
}

function checkOptions(options: readonly { id: string; label: string }[]): string | undefined {
  if (options.length < 2) return 'Add at least two options to choose from.';
  if (options.length > FORM_LIMITS.options) return `Use ${FORM_LIMITS.options} options or fewer.`;
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const option of options) {
    const problem =
      checkText(option.label, { label: 'every option', required: true, max: LIMITS.shortText }) ??
      checkId(option.id, ids, 'option');
    if (problem) return problem;
    const label = option.label.trim().toLocaleLowerCase('en-GB');
    if (labels.has(label)) return `The option "${option.label.trim()}" appears twice.`;
    labels.add(label);
  }
  return undefined;
}

/** An instrument section must ask every item exactly once, each on the instrument's own scale. */
function checkInstrumentSection(
  section: Section,
  path: string,
  lookup: InstrumentLookup,
  errors: Errors,
): void {
  const binding = section.instrument;
  if (!binding) return;
  const instrument = lookup(binding.instrumentId);
  if (!instrument) {
    errors[`${path}.instrument`] = 'This section uses an instrument the app does not know.';
    return;
  }
  const version = binding.scoringVersion;
  if (!Number.isInteger(version) || version < 1 || version > instrument.scoringVersion) {
    errors[`${path}.instrument`] = `The scoring version of ${instrument.name} is not known.`;
    return;
  }
  const asked = new Set<string>();
  section.questions.forEach((question, q) => {
    const itemPath = `${path}.questions.${q}.itemId`;
    const item = instrument.items.find((candidate) => candidate.id === question.itemId);
    if (!item) errors[itemPath] = `Choose which item of ${instrument.name} this question asks.`;
    else if (asked.has(item.id)) errors[itemPath] = 'This item is already asked in this section.';
    else if (!fitsScale(question, instrument)) {
      errors[itemPath] = `This question must offer the ${instrument.name} answers.`;
    }
    if (item) asked.add(item.id);
  });
  const missing = instrument.items.filter((item) => !asked.has(item.id));
  if (missing.length > 0) {
    errors[`${path}.instrument`] =
      `Ask every item of ${instrument.name}; missing: ${missing.map((item) => item.text).join('; ')}.`;
  }
}

/** Option order and labels may change (easy read, reversed order); the codes may not. */
export function fitsScale(question: Question, instrument: Instrument): boolean {
  const scale = instrument.responseScale;
  if (scale.kind === 'scale-0-10') return question.kind === 'scale-0-10';
  if (question.kind !== 'single-choice') return false;
  const codes = new Set(scale.options.map((option) => option.code));
  return (
    question.options.length === codes.size &&
    question.options.every((option) => codes.has(option.id))
  );
}

function withoutEmpty(errors: Errors): Errors {
  const clean: Errors = {};
  for (const [key, message] of Object.entries(errors))
    if (message !== undefined) clean[key] = message;
  return clean;
}

function normalise(form: FormDefinition): FormDefinition {
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    purpose: form.purpose,
    sections: form.sections.map((section) => ({
      ...section,
      title: section.title.trim(),
      help: section.help.trim(),
      questions: section.questions.map(normaliseQuestion),
    })),
  };
}

function normaliseQuestion(question: Question): Question {
  const base = {
    ...question,
    text: question.text.trim(),
    help: question.help.trim(),
    easyRead: question.easyRead.trim(),
  };
  if (base.kind === 'single-choice' || base.kind === 'multiple-choice') {
    return { ...base, options: base.options.map((o) => ({ id: o.id, label: o.label.trim() })) };
  }
  if (base.kind === 'scale-0-10') {
    return { ...base, lowLabel: base.lowLabel.trim(), highLabel: base.highLabel.trim() };
  }
  return base;
}
