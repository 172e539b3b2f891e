import type { EqualityResponse } from './equality';
import { answerState, latestResponses } from './equality';
import type { EqualityQuestion, EqualityQuestionId } from './equality-questions';
import {
  EQUALITY_QUESTIONS,
  PREFER_NOT_TO_SAY,
  PREFER_NOT_TO_SAY_LABEL,
} from './equality-questions';
import type { CountCell, ShownCell } from './suppression';
import { DEFAULT_THRESHOLD, cellLabel, suppressSmallCounts } from './suppression';

/**
 * Equality monitoring as aggregates only, for the people of a taskforce or event. Each question
 * is one table: a row per category, then "Prefer not to say", then "Not answered" (no response,
 * or the question skipped), so every table adds up to the number of people in scope. Small
 * counts are suppressed table by table with the rule in suppression.ts.
 *
 * Ethnicity is shown by its five high-level groups unless the 19 categories are asked for. Only
 * one of the two is ever shown: side by side, a group total minus its shown categories would
 * give away a hidden one.
 */
export const NOT_ANSWERED = 'not-answered';
export const NOT_ANSWERED_LABEL = 'Not answered';

export interface ReachRow {
  key: string;
  label: string;
  cell: ShownCell;
  /** "12", "fewer than 5" or "hidden". */
  display: string;
}

export interface ReachTable {
  questionId: EqualityQuestionId;
  characteristic: string;
  question: string;
  rows: ReachRow[];
  /** True when the group is too small to break down: every row reads "hidden". */
  withheld: boolean;
  anySuppressed: boolean;
}

export interface ReachReport {
  /** People in scope (each counted once). */
  people: number;
  /** Of those, how many have equality monitoring answers. */
  responded: number;
  threshold: number;
  tables: ReachTable[];
}

export interface ReachOptions {
  threshold?: number;
  ethnicityLevel?: 'group' | 'category';
}

export function reachReport(
  responses: readonly EqualityResponse[],
  personIds: readonly string[],
  options: ReachOptions = {},
): ReachReport {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const scope = [...new Set(personIds)];
  const latest = latestResponses(responses);
  const inScope = scope.map((id) => latest.get(id));
  const tables = EQUALITY_QUESTIONS.map((question) =>
    questionTable(question, inScope, threshold, options.ethnicityLevel ?? 'group'),
  );
  return {
    people: scope.length,
    responded: inScope.filter((r) => r !== undefined).length,
    threshold,
    tables,
  };
}

function questionTable(
  question: EqualityQuestion,
  responses: readonly (EqualityResponse | undefined)[],
  threshold: number,
  ethnicityLevel: 'group' | 'category',
): ReachTable {
  const byGroup = question.groups !== undefined && ethnicityLevel === 'group';
  const categories = byGroup && question.groups ? question.groups : question.options;
  const rowFor = new Map<string, string>();
  for (const option of question.options) {
    rowFor.set(option.code, byGroup && option.group ? option.group : option.code);
  }
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const response of responses) {
    const state = answerState(response, question.id);
    if (state.kind === 'answered') add(rowFor.get(state.code) ?? NOT_ANSWERED);
    else add(state.kind === 'prefer-not-to-say' ? PREFER_NOT_TO_SAY : NOT_ANSWERED);
  }
  const labels: { key: string; label: string }[] = [
    ...categories.map((c) => ({ key: c.code, label: c.label })),
    { key: PREFER_NOT_TO_SAY, label: PREFER_NOT_TO_SAY_LABEL },
    { key: NOT_ANSWERED, label: NOT_ANSWERED_LABEL },
  ];
  const cells: CountCell[] = labels.map(({ key }) => ({ key, count: counts.get(key) ?? 0 }));
  const table = suppressSmallCounts(cells, threshold);
  return {
    questionId: question.id,
    characteristic: question.characteristic,
    question: question.question,
    rows: table.cells.map((cell, index) => ({
      key: cell.key,
      label: labels[index]?.label ?? cell.key,
      cell,
      display: cellLabel(cell, table.threshold),
    })),
    withheld: table.withheld,
    anySuppressed: table.cells.some((cell) => cell.suppressed),
  };
}
