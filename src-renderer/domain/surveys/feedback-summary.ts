import type { Answers } from './answers';
import { answerFor } from './answers';
import type { Question, QuestionKind } from './form';
import { AGREEING_OPTION_IDS, allQuestions, choiceOptions } from './form';
import type { Figure, Suppress } from './figures';
import { countFigure, meanFigure, percentFigure, suppressSmallCounts } from './figures';
import type { FormLookup, FormVersion } from './versioning';
import { formVersionKey } from './versioning';

export interface SummaryResponse {
  formId: string;
  formVersion: number;
  answers: Answers;
}

export interface OptionFigure {
  optionId: string;
  label: string;
  count: Figure;
  /** Of the people who answered the question (declined answers are not in the base). */
  percent: Figure;
}

interface SummaryBase {
  questionId: string;
  text: string;
  /** People who gave an answer other than "Prefer not to answer". */
  answered: Figure;
  declined: Figure;
}

export type QuestionSummary =
  | (SummaryBase & {
      kind: 'single-choice' | 'multiple-choice' | 'yes-no';
      options: OptionFigure[];
    })
  | (SummaryBase & { kind: 'agreement-scale'; options: OptionFigure[]; agreeing: Figure })
  | (SummaryBase & { kind: 'scale-0-10'; mean: Figure; options: OptionFigure[] })
  /** Sorted, so that the answers of one person cannot be lined up across questions. */
  | (SummaryBase & { kind: 'short-text' | 'long-text'; texts: string[] });

export interface FeedbackSummary {
  formId: string;
  title: string;
  respondents: Figure;
  /** Versions the counted responses answered; more than one means the form changed mid-way. */
  versions: number[];
  /** Responses whose form version could not be found: a data problem, not a count of people. */
  unreadable: number;
  questions: QuestionSummary[];
}

interface Tally {
  answered: number;
  declined: number;
  counts: Map<string, number>;
  labels: Map<string, string>;
  numbers: number[];
  texts: string[];
}

/**
 * Summarises every response to a form, across its versions, laid out as `display` (normally the
 * latest version). An answer counts only where the version it answered asked a question with
 * the same id and kind; otherwise that person was not asked it.
 */
export function feedbackSummary(
  display: FormVersion,
  responses: readonly SummaryResponse[],
  formFor: FormLookup,
  suppress: Suppress = suppressSmallCounts,
): FeedbackSummary {
  const questions = allQuestions(display);
  const tallies = new Map(questions.map((q) => [q.id, newTally(q)]));
  const versionQuestions = new Map<string, Map<string, Question>>();
  const versions = new Set<number>();
  let respondents = 0;
  let unreadable = 0;

  for (const response of responses) {
    if (response.formId !== display.formId) continue;
    const key = formVersionKey(response.formId, response.formVersion);
    let asked = versionQuestions.get(key);
    if (!asked) {
      const version = formFor(response.formId, response.formVersion);
      if (!version) {
        unreadable++;
        continue;
      }
      asked = new Map(allQuestions(version).map((q) => [q.id, q]));
      versionQuestions.set(key, asked);
    }
    respondents++;
    versions.add(response.formVersion);
    for (const question of questions) {
      const answeredQuestion = asked.get(question.id);
      const tally = tallies.get(question.id);
      if (!answeredQuestion || answeredQuestion.kind !== question.kind || !tally) continue;
      addAnswer(tally, answeredQuestion, answerFor(response.answers, question.id));
    }
  }

  return {
    formId: display.formId,
    title: display.title,
    respondents: countFigure(respondents, suppress),
    versions: [...versions].sort((a, b) => a - b),
    unreadable,
    questions: questions.map((q) => summarise(q, tallies.get(q.id) ?? newTally(q), suppress)),
  };
}

function newTally(question: Question): Tally {
  const options = question.kind === 'scale-0-10' ? ZERO_TO_TEN : (choiceOptions(question) ?? []);
  return {
    answered: 0,
    declined: 0,
    counts: new Map(options.map((o) => [o.id, 0])),
    labels: new Map(options.map((o) => [o.id, o.label])),
    numbers: [],
    texts: [],
  };
}

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, n) => ({ id: String(n), label: String(n) }));

function addAnswer(tally: Tally, asked: Question, answer: Answers[string] | undefined): void {
  if (!answer) return;
  if (answer.kind === 'declined') {
    tally.declined++;
    return;
  }
  const chosen =
    answer.kind === 'choice'
      ? [answer.optionId]
      : answer.kind === 'choices'
        ? answer.optionIds
        : answer.kind === 'number'
          ? [String(answer.value)]
          : [];
  if (answer.kind === 'number') tally.numbers.push(answer.value);
  if (answer.kind === 'text') tally.texts.push(answer.text);
  tally.answered++;
  for (const id of chosen) {
    tally.counts.set(id, (tally.counts.get(id) ?? 0) + 1);
    // An option dropped in a later version keeps the label it was answered with.
    if (!tally.labels.has(id)) {
      tally.labels.set(id, choiceOptions(asked)?.find((o) => o.id === id)?.label ?? id);
    }
  }
}

function summarise(question: Question, tally: Tally, suppress: Suppress): QuestionSummary {
  const base = {
    questionId: question.id,
    text: question.text,
    answered: countFigure(tally.answered, suppress),
    declined: countFigure(tally.declined, suppress),
  };
  const options = (): OptionFigure[] =>
    [...tally.counts].map(([optionId, count]) => ({
      optionId,
      label: tally.labels.get(optionId) ?? optionId,
      count: countFigure(count, suppress),
      percent: percentFigure(count, tally.answered, suppress),
    }));
  const kind: QuestionKind = question.kind;
  switch (kind) {
    case 'agreement-scale': {
      let agreeing = 0;
      for (const id of AGREEING_OPTION_IDS) agreeing += tally.counts.get(id) ?? 0;
      return {
        ...base,
        kind,
        options: options(),
        agreeing: percentFigure(agreeing, tally.answered, suppress),
      };
    }
    case 'scale-0-10':
      return { ...base, kind, mean: meanFigure(tally.numbers, suppress), options: options() };
    case 'short-text':
    case 'long-text':
      return { ...base, kind, texts: [...tally.texts].sort((a, b) => a.localeCompare(b, 'en-GB')) };
    default:
      return { ...base, kind, options: options() };
  }
}
