import { isIsoDate } from '../dates';
import type { RecordMeta } from '../record';
import { createdMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import type { Handler } from './draft';
import { refuse, touched } from './draft';
import type { Convener } from './topics';

/**
 * What each group writes down: key points, actions (what, who, by when) and who reports back to
 * the room. These feed the event report and, later, the taskforce's list of issues.
 */
export interface GroupAction {
  what: string;
  /** A name, a role or an organisation: whoever takes it on, typed as the group says it. */
  who: string;
  /** "YYYY-MM-DD", or "" when the group set no date. */
  byWhen: string;
}

export interface GroupRecordInput {
  keyPoints: string[];
  actions: GroupAction[];
  /** A checked-in person or a typed name, as for conveners; null until the group chooses. */
  reporter: Convener | null;
}

export interface GroupRecord extends GroupRecordInput, RecordMeta {
  eventId: string;
  topicId: string;
}

/**
 * One record per group, its id made from the topic's, so notes typed for the same group on two
 * laptops land on one record and a merge compares versions instead of finding two.
 */
export function groupRecordId(topicId: string): string {
  return `group|${topicId}`;
}

export const GROUP_LIMITS = { keyPoint: 500, what: 300, who: LIMITS.name } as const;

/** Field keys are "keyPoints.2", "actions.0.what", … so a message sits next to its box. */
export function validateGroupRecord(input: GroupRecordInput): Validated<GroupRecordInput> {
  const errors: FieldErrors = {};
  input.keyPoints.forEach((point, i) => {
    errors[`keyPoints.${i}`] = checkText(point, {
      label: 'the key point',
      required: false,
      max: GROUP_LIMITS.keyPoint,
    });
  });
  const points = input.keyPoints.map((p) => p.trim()).filter((p) => p !== '');
  if (points.length > LIMITS.listItems)
    errors.keyPoints = `Keep to ${LIMITS.listItems} key points or fewer.`;
  // A row left completely blank is an unused row, not a mistake.
  const used = input.actions.filter((a) => `${a.what}${a.who}${a.byWhen}`.trim() !== '');
  input.actions.forEach((action, i) => {
    if (`${action.what}${action.who}${action.byWhen}`.trim() === '') return;
    errors[`actions.${i}.what`] = checkText(action.what, {
      label: 'what is to be done',
      required: true,
      max: GROUP_LIMITS.what,
    });
    errors[`actions.${i}.who`] = checkText(action.who, {
      label: 'who will do it',
      required: true,
      max: GROUP_LIMITS.who,
    });
    const date = action.byWhen.trim();
    errors[`actions.${i}.byWhen`] =
      date === '' || isIsoDate(date)
        ? undefined
        : 'Enter a real date, for example 14/03/2026, or leave it blank.';
  });
  if (used.length > LIMITS.listItems)
    errors.actions = `Keep to ${LIMITS.listItems} actions or fewer.`;
  if (input.reporter?.kind === 'name') {
    errors.reporter = checkText(input.reporter.name, {
      label: 'the name of who reports back',
      required: true,
      max: LIMITS.name,
    });
  }
  if (input.reporter?.kind === 'person' && input.reporter.personId.trim() === '')
    errors.reporter = 'Choose who reports back, or type their name.';
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      keyPoints: points,
      actions: used.map((a) => ({
        what: a.what.trim(),
        who: a.who.trim(),
        byWhen: a.byWhen.trim(),
      })),
      reporter: input.reporter === null ? null : tidyReporter(input.reporter),
    },
  };
}

function tidyReporter(reporter: Convener): Convener {
  return reporter.kind === 'person'
    ? { kind: 'person', personId: reporter.personId.trim() }
    : { kind: 'name', name: reporter.name.trim().replace(/\s+/g, ' ') };
}

export function groupRecordInput(record: GroupRecordInput): GroupRecordInput {
  return {
    keyPoints: [...record.keyPoints],
    actions: record.actions.map((a) => ({ ...a })),
    reporter: record.reporter === null ? null : { ...record.reporter },
  };
}

export const recordGroup: Handler<'group.record'> = (draft, command, ctx) => {
  const topic = draft.state.topics[command.topicId];
  if (!topic) return refuse('That topic is no longer on the board.');
  if (topic.status === 'merged')
    return refuse(`'${topic.title}' was merged into another topic; write the notes there.`);
  const checked = validateGroupRecord(command.input);
  if (!checked.ok) {
    const first = Object.values(checked.errors).find((message) => message !== undefined);
    return refuse(first ?? 'The notes could not be saved.');
  }
  const id = groupRecordId(topic.id);
  const existing = draft.state.groupRecords[id];
  draft.put(
    'groupRecords',
    existing
      ? touched(existing, checked.value, ctx)
      : { ...createdMeta(id, ctx), eventId: topic.eventId, topicId: topic.id, ...checked.value },
  );
  return {
    inverse: existing
      ? { type: 'group.record', topicId: topic.id, input: groupRecordInput(existing) }
      : { type: 'group.clear', topicId: topic.id },
  };
};

export const clearGroup: Handler<'group.clear'> = (draft, command) => {
  const id = groupRecordId(command.topicId);
  const existing = draft.state.groupRecords[id];
  if (!existing) return refuse('This group has no notes to clear.');
  draft.remove('groupRecords', id);
  return {
    inverse: { type: 'group.record', topicId: command.topicId, input: groupRecordInput(existing) },
  };
};
