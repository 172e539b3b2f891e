/**
 * The shape of a form: sections of questions. A form definition is plain data so it can be
 * stored, versioned and exported as it is; the rules that check it live in form-validation.ts.
 */

export const QUESTION_KINDS = [
  'single-choice',
  'multiple-choice',
  'agreement-scale',
  'scale-0-10',
  'yes-no',
  'short-text',
  'long-text',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  'single-choice': 'Choose one',
  'multiple-choice': 'Choose any',
  'agreement-scale': 'Agree or disagree',
  'scale-0-10': 'Scale from 0 to 10',
  'yes-no': 'Yes or no',
  'short-text': 'Short answer',
  'long-text': 'Longer answer',
};

export const FORM_PURPOSES = ['feedback', 'survey'] as const;
/** Feedback forms may be filled in anonymously; survey responses belong to a participant. */
export type FormPurpose = (typeof FORM_PURPOSES)[number];

export interface ChoiceOption {
  id: string;
  label: string;
}

/** The fixed five-point scale behind every agreement-scale question. */
export const AGREEMENT_OPTIONS: readonly ChoiceOption[] = [
  { id: 'strongly-agree', label: 'Strongly agree' },
  { id: 'agree', label: 'Agree' },
  { id: 'neither', label: 'Neither agree nor disagree' },
  { id: 'disagree', label: 'Disagree' },
  { id: 'strongly-disagree', label: 'Strongly disagree' },
];

/** The options that count towards "% agreeing" (agree or strongly agree). */
export const AGREEING_OPTION_IDS: readonly string[] = ['strongly-agree', 'agree'];

export const YES_NO_OPTIONS: readonly ChoiceOption[] = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
];

interface QuestionBase {
  /** Stable across versions: answers, reports and CSV columns are keyed by it. */
  id: string;
  text: string;
  /** Shown under the question; '' when there is none. */
  help: string;
  /** A plainer wording for the kiosk's easy-read mode; '' to show the question text. */
  easyRead: string;
  required: boolean;
  /** Offers "Prefer not to answer"; a declined answer satisfies `required`. */
  allowDecline: boolean;
  /** In a section bound to an instrument: which of its items this question asks. */
  itemId?: string;
}

export type ChoiceQuestion = QuestionBase & {
  kind: 'single-choice' | 'multiple-choice';
  options: ChoiceOption[];
};
export type ScaleQuestion = QuestionBase & {
  kind: 'scale-0-10';
  lowLabel: string;
  highLabel: string;
};
export type FixedQuestion = QuestionBase & {
  kind: 'agreement-scale' | 'yes-no' | 'short-text' | 'long-text';
};
export type Question = ChoiceQuestion | ScaleQuestion | FixedQuestion;

/**
 * A section can be an instrument (SWEMWBS, Rosenberg...): its questions are then the
 * instrument's items, and the scoring version current when this form version was made is kept
 * so a later scoring fix can be traced without touching stored answers.
 */
export interface InstrumentBinding {
  instrumentId: string;
  scoringVersion: number;
}

export interface Section {
  id: string;
  title: string;
  help: string;
  instrument?: InstrumentBinding;
  questions: Question[];
}

export interface FormDefinition {
  title: string;
  description: string;
  purpose: FormPurpose;
  sections: Section[];
}

/** The options a question offers, or undefined for number and text questions. */
export function choiceOptions(question: Question): readonly ChoiceOption[] | undefined {
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
      return question.options;
    case 'agreement-scale':
      return AGREEMENT_OPTIONS;
    case 'yes-no':
      return YES_NO_OPTIONS;
    default:
      return undefined;
  }
}

/** The kind of answer (other than "declined") a question accepts. */
export function expectedAnswerKind(question: Question): 'choice' | 'choices' | 'number' | 'text' {
  switch (question.kind) {
    case 'multiple-choice':
      return 'choices';
    case 'scale-0-10':
      return 'number';
    case 'short-text':
    case 'long-text':
      return 'text';
    default:
      return 'choice';
  }
}

export function allQuestions(form: FormDefinition): Question[] {
  return form.sections.flatMap((section) => section.questions);
}

export function findQuestion(form: FormDefinition, questionId: string): Question | undefined {
  for (const section of form.sections) {
    const found = section.questions.find((question) => question.id === questionId);
    if (found) return found;
  }
  return undefined;
}

export function optionLabel(question: Question, optionId: string): string | undefined {
  return choiceOptions(question)?.find((option) => option.id === optionId)?.label;
}
