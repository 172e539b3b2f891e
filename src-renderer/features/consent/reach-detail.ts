import type { EqualityResponse } from '../../domain/people/equality';
import { answerState, latestResponses } from '../../domain/people/equality';
import { EQUALITY_QUESTIONS } from '../../domain/people/equality-questions';
import { DEFAULT_THRESHOLD } from '../../domain/people/suppression';

/**
 * Whether the 19 ethnicity categories may be offered for a scope that is also shown by its five
 * broad groups. Seen one after the other, a group total minus its shown categories gives away a
 * hidden one (Asian 6, Chinese "fewer than 5", Bangladeshi hidden…). So the detail is offered
 * only when every group is empty or at least twice the threshold: then no group total leaves a
 * small remainder that subtraction could pin on one category.
 */
export function ethnicityDetailAllowed(
  responses: readonly EqualityResponse[],
  personIds: readonly string[],
  threshold: number = DEFAULT_THRESHOLD,
): boolean {
  const question = EQUALITY_QUESTIONS.find((q) => q.groups !== undefined);
  if (!question) return false;
  const groupOf = new Map(question.options.map((o) => [o.code, o.group]));
  const latest = latestResponses(responses);
  const counts = new Map<string, number>();
  for (const id of new Set(personIds)) {
    const state = answerState(latest.get(id), question.id);
    const group = state.kind === 'answered' ? groupOf.get(state.code) : undefined;
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return [...counts.values()].every((count) => count === 0 || count >= 2 * threshold);
}

export const ETHNICITY_DETAIL_WITHHELD =
  'The 19 ethnicity categories are not offered for this group: at least one broad ethnic group has between 1 and 9 people, and comparing its total with the categories could reveal a hidden count.';
