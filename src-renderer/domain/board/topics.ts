import type { RecordMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';

/**
 * A topic card pitched in the marketplace. Its conveners are a list from the start because a
 * merge of two duplicates keeps both conveners: the first is the person who pitched it.
 * A convener is a checked-in person (by id, so a name corrected at the desk shows everywhere)
 * or a name typed in for someone not on the register.
 */
export type Convener = { kind: 'person'; personId: string } | { kind: 'name'; name: string };

export const TOPIC_STATUSES = ['queued', 'placed', 'merged'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

export interface TopicInput {
  title: string;
  description: string;
  tags: string[];
  conveners: Convener[];
}

export interface Topic extends TopicInput, RecordMeta {
  eventId: string;
  /**
   * Kept on the record (and moved in the same command as the cell) so that the queue can be read
   * with one index; the cells stay the source of truth for where a topic sits.
   */
  status: TopicStatus;
  /** Set only while status is "merged": the topic this one was folded into. */
  mergedInto?: string;
}

export type TopicField = keyof TopicInput;

export const TOPIC_LIMITS = {
  title: 120,
  description: 1000,
  tag: 40,
  tags: 10,
  /** Repeated merges of duplicates can gather many hosts; beyond this it is not one group. */
  conveners: LIMITS.listItems,
} as const;

export function validateTopic(input: TopicInput): Validated<TopicInput, TopicField> {
  const errors: FieldErrors<TopicField> = {
    title: checkText(input.title, { label: 'a title', required: true, max: TOPIC_LIMITS.title }),
    description: checkText(input.description, {
      label: 'the description',
      required: false,
      max: TOPIC_LIMITS.description,
    }),
    tags: checkTags(input.tags),
    conveners: checkConveners(input.conveners),
  };
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      title: collapse(input.title),
      description: input.description.trim(),
      tags: tidyTags(input.tags),
      conveners: uniqueConveners(input.conveners.map(tidyConvener)),
    },
  };
}

function checkTags(tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const problem = checkText(tag, { label: 'a tag', required: false, max: TOPIC_LIMITS.tag });
    if (problem) return problem;
  }
  if (tidyTags(tags).length > TOPIC_LIMITS.tags) return `Use ${TOPIC_LIMITS.tags} tags or fewer.`;
  return undefined;
}

function checkConveners(conveners: readonly Convener[]): string | undefined {
  if (conveners.length === 0) return 'Choose who is convening this topic, or type their name.';
  if (conveners.length > TOPIC_LIMITS.conveners)
    return `A topic can have ${TOPIC_LIMITS.conveners} conveners at most.`;
  for (const convener of conveners) {
    if (convener.kind === 'person' && convener.personId.trim() === '')
      return 'Choose who is convening this topic, or type their name.';
    if (convener.kind === 'name') {
      const problem = checkText(convener.name, {
        label: "the convener's name",
        required: true,
        max: LIMITS.name,
      });
      if (problem) return problem;
    }
  }
  return undefined;
}

/** Trimmed, without blanks, and without the same tag twice in another case. */
function tidyTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const tidy = collapse(tag);
    const key = tidy.toLocaleLowerCase('en-GB');
    if (tidy === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tidy);
  }
  return result;
}

function tidyConvener(convener: Convener): Convener {
  return convener.kind === 'person'
    ? { kind: 'person', personId: convener.personId.trim() }
    : { kind: 'name', name: collapse(convener.name) };
}

/** Typed names match whatever their case or spacing: "sam  lee" is the Sam Lee already listed. */
export function convenerKey(convener: Convener): string {
  return convener.kind === 'person'
    ? `person:${convener.personId}`
    : `name:${collapse(convener.name).toLocaleLowerCase('en-GB')}`;
}

export function uniqueConveners(conveners: readonly Convener[]): Convener[] {
  const seen = new Set<string>();
  return conveners.filter((convener) => {
    const key = convenerKey(convener);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What a merge of a duplicate into the topic kept leaves on the kept card: its own title, its
 * description (or the duplicate's when it had none), every convener of both and every tag of
 * both. The duplicate's record is not changed, so the merge can be undone exactly.
 */
export function mergedTopicInput(kept: TopicInput, duplicate: TopicInput): TopicInput {
  return {
    title: kept.title,
    description: kept.description.trim() === '' ? duplicate.description : kept.description,
    tags: tidyTags([...kept.tags, ...duplicate.tags]).slice(0, TOPIC_LIMITS.tags),
    conveners: uniqueConveners([...kept.conveners, ...duplicate.conveners]).slice(
      0,
      TOPIC_LIMITS.conveners,
    ),
  };
}

export function topicInput(topic: TopicInput): TopicInput {
  return {
    title: topic.title,
    description: topic.description,
    tags: [...topic.tags],
    conveners: topic.conveners.map((convener) => ({ ...convener })),
  };
}

/** "Sam", "Sam and Alex", "Sam, Alex and Jo": conveners as a card or the schedule shows them. */
export function convenerNames(
  conveners: readonly Convener[],
  nameOf: (personId: string) => string,
): string {
  const names = conveners.map((c) => (c.kind === 'person' ? nameOf(c.personId) : c.name));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Follows merges to the card that now stands for a topic (a chain when merged twice). */
export function survivingTopicId(
  topics: Readonly<Record<string, Topic>>,
  topicId: string,
): string | undefined {
  let current = topics[topicId];
  // The bound stops a cycle that a bad merge of records from two laptops could create.
  for (let hops = 0; current?.status === 'merged' && hops < 50; hops++) {
    current = current.mergedInto === undefined ? undefined : topics[current.mergedInto];
  }
  return current?.status === 'merged' ? undefined : current?.id;
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
