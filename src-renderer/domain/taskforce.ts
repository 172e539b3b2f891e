import { isIsoDate } from './dates';
import type { RecordMeta } from './record';
import type { FieldErrors, Validated } from './result';
import { hasErrors } from './result';
import { LIMITS, checkText } from './text';

export const TASKFORCE_STATUSES = ['planning', 'active', 'paused', 'closed'] as const;
export type TaskforceStatus = (typeof TASKFORCE_STATUSES)[number];

export const TASKFORCE_STATUS_LABELS: Record<TaskforceStatus, string> = {
  planning: 'Planning',
  active: 'Active',
  paused: 'Paused',
  closed: 'Closed',
};

/** What a user types into the taskforce form. */
export interface TaskforceInput {
  name: string;
  theme: string;
  description: string;
  /** The communities it aims to reach, one per line in the form. */
  communities: string[];
  startDate: string;
  status: TaskforceStatus;
}

export interface Taskforce extends TaskforceInput, RecordMeta {}

export type TaskforceField = keyof TaskforceInput;

export function validateTaskforce(
  input: TaskforceInput,
): Validated<TaskforceInput, TaskforceField> {
  const errors: FieldErrors<TaskforceField> = {
    name: checkText(input.name, { label: 'a name', required: true, max: LIMITS.name }),
    theme: checkText(input.theme, { label: 'a theme', required: true, max: LIMITS.shortText }),
    description: checkText(input.description, {
      label: 'the description',
      required: false,
      max: LIMITS.longText,
    }),
    communities: checkCommunities(input.communities),
    startDate:
      input.startDate === '' || isIsoDate(input.startDate) ? undefined : 'Enter a real date.',
    status: TASKFORCE_STATUSES.includes(input.status) ? undefined : 'Choose a status.',
  };
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name: input.name.trim(),
      theme: input.theme.trim(),
      description: input.description.trim(),
      communities: input.communities.map((c) => c.trim()).filter((c) => c !== ''),
      startDate: input.startDate,
      status: input.status,
    },
  };
}

function checkCommunities(communities: string[]): string | undefined {
  const items = communities.map((c) => c.trim()).filter((c) => c !== '');
  if (items.length > LIMITS.listItems) return `List at most ${LIMITS.listItems} communities.`;
  for (const item of items) {
    const message = checkText(item, {
      label: 'each community',
      required: false,
      max: LIMITS.listItem,
    });
    if (message) return message;
  }
  return undefined;
}

export function emptyTaskforceInput(): TaskforceInput {
  return {
    name: '',
    theme: '',
    description: '',
    communities: [],
    startDate: '',
    status: 'planning',
  };
}
