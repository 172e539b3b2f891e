import type { SpecialCategoryKind } from './consent-purposes';

/**
 * The nine protected characteristics of the Equality Act 2010, asked with the standard UK
 * category lists: ONS Census 2021 (England and Wales) for ethnic group, religion and legal
 * partnership status; the NHS sexual orientation monitoring standard for sexual orientation.
 * Age is asked as a band, not a date of birth: a band is all a reach report needs.
 *
 * Every question also offers "Prefer not to say", stored as its own answer. A question not
 * answered at all is stored as nothing, so the two never mix.
 */

export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';
export const PREFER_NOT_TO_SAY_LABEL = 'Prefer not to say';

export type EqualityQuestionId =
  | 'age'
  | 'disability'
  | 'genderReassignment'
  | 'marriageCivilPartnership'
  | 'pregnancyMaternity'
  | 'ethnicity'
  | 'religion'
  | 'sex'
  | 'sexualOrientation';

export interface EqualityOption {
  code: string;
  label: string;
  /** For ethnicity: the high-level group the category belongs to. */
  group?: string;
}

export interface EqualityQuestion {
  id: EqualityQuestionId;
  /** The protected characteristic, as the Act names it. */
  characteristic: string;
  question: string;
  hint?: string;
  options: EqualityOption[];
  groups?: EqualityOption[];
  /** Answers (other than "Prefer not to say") are special category data needing explicit consent. */
  specialCategory?: SpecialCategoryKind;
}

export const EQUALITY_MONITORING_REASON =
  'These questions are optional and separate from registering. The answers are kept apart from your contact details and are only ever reported as totals, with small numbers hidden, so we can check that the taskforce reaches the communities it aims to. Every question has "Prefer not to say".';

const yesNo: EqualityOption[] = [
  { code: 'yes', label: 'Yes' },
  { code: 'no', label: 'No' },
];

const list = (labels: readonly string[]): EqualityOption[] =>
  labels.map((label) => ({ code: codeFor(label), label }));

export function codeFor(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const ETHNIC_GROUPS: readonly [string, string, readonly string[]][] = [
  [
    'asian',
    'Asian, Asian British or Asian Welsh',
    ['Bangladeshi', 'Chinese', 'Indian', 'Pakistani', 'Any other Asian background'],
  ],
  [
    'black',
    'Black, Black British, Black Welsh, Caribbean or African',
    ['African', 'Caribbean', 'Any other Black, Black British or Caribbean background'],
  ],
  [
    'mixed',
    'Mixed or Multiple ethnic groups',
    [
      'White and Asian',
      'White and Black African',
      'White and Black Caribbean',
      'Any other Mixed or Multiple ethnic background',
    ],
  ],
  [
    'white',
    'White',
    [
      'English, Welsh, Scottish, Northern Irish or British',
      'Irish',
      'Gypsy or Irish Traveller',
      'Roma',
      'Any other White background',
    ],
  ],
  ['other', 'Other ethnic group', ['Arab', 'Any other ethnic group']],
];

export const EQUALITY_QUESTIONS: readonly EqualityQuestion[] = [
  {
    id: 'age',
    characteristic: 'Age',
    question: 'What is your age?',
    options: list([
      'Under 18',
      '18 to 24',
      '25 to 34',
      '35 to 44',
      '45 to 54',
      '55 to 64',
      '65 to 74',
      '75 to 84',
      '85 or over',
    ]),
  },
  {
    id: 'disability',
    characteristic: 'Disability',
    question: 'Do you consider yourself to have a disability?',
    hint: 'The Equality Act 2010 says you are disabled if you have a physical or mental impairment that has a substantial and long-term negative effect on your ability to do normal daily activities.',
    options: yesNo,
    specialCategory: 'health',
  },
  {
    id: 'genderReassignment',
    characteristic: 'Gender reassignment',
    question: 'Is your gender identity the same as the sex you were registered at birth?',
    options: yesNo,
  },
  {
    id: 'marriageCivilPartnership',
    characteristic: 'Marriage and civil partnership',
    question: 'What is your legal marital or registered civil partnership status?',
    options: list([
      'Never married and never registered a civil partnership',
      'Married',
      'In a registered civil partnership',
      'Separated, but still legally married',
      'Separated, but still legally in a civil partnership',
      'Divorced',
      'Formerly in a civil partnership which is now legally dissolved',
      'Widowed',
      'Surviving partner from a civil partnership',
    ]),
  },
  {
    id: 'pregnancyMaternity',
    characteristic: 'Pregnancy and maternity',
    question: 'Are you pregnant, or have you given birth in the last 26 weeks?',
    options: yesNo,
    specialCategory: 'health',
  },
  {
    id: 'ethnicity',
    characteristic: 'Race',
    question: 'What is your ethnic group?',
    options: ETHNIC_GROUPS.flatMap(([group, groupLabel, categories]) =>
      categories.map((category) => ({
        code: `${group}-${codeFor(category)}`,
        label: `${groupLabel}: ${category}`,
        group,
      })),
    ),
    groups: ETHNIC_GROUPS.map(([code, label]) => ({ code, label })),
    specialCategory: 'ethnicity',
  },
  {
    id: 'religion',
    characteristic: 'Religion or belief',
    question: 'What is your religion?',
    options: list([
      'No religion',
      'Christian (including Church of England, Catholic, Protestant and all other Christian denominations)',
      'Buddhist',
      'Hindu',
      'Jewish',
      'Muslim',
      'Sikh',
      'Any other religion or belief',
    ]),
    specialCategory: 'religion',
  },
  {
    id: 'sex',
    characteristic: 'Sex',
    question: 'What is your sex?',
    options: list(['Female', 'Male']),
  },
  {
    id: 'sexualOrientation',
    characteristic: 'Sexual orientation',
    question: 'Which of the following best describes your sexual orientation?',
    options: [
      { code: 'heterosexual-or-straight', label: 'Heterosexual or Straight' },
      { code: 'gay-or-lesbian', label: 'Gay or Lesbian' },
      { code: 'bisexual', label: 'Bisexual' },
      { code: 'other', label: 'Other sexual orientation not listed' },
      // The standard's "person asked and does not know or is not sure": an answer, not a refusal.
      { code: 'not-sure', label: 'Not sure' },
    ],
    specialCategory: 'sexualOrientation',
  },
];

export function equalityQuestion(id: EqualityQuestionId): EqualityQuestion {
  const question = EQUALITY_QUESTIONS.find((q) => q.id === id);
  if (!question) throw new Error(`Unknown equality question: ${id}`);
  return question;
}

/** The label for a stored answer code, "Prefer not to say" included; undefined if unknown. */
export function answerLabel(id: EqualityQuestionId, code: string): string | undefined {
  if (code === PREFER_NOT_TO_SAY) return PREFER_NOT_TO_SAY_LABEL;
  return equalityQuestion(id).options.find((o) => o.code === code)?.label;
}
