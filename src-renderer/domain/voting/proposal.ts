import type { CommandContext, RecordMeta } from '../record';
import { createdMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';

/**
 * Where a proposal came from, kept as a reference (not a copy) so that the event report can
 * link a decision back to the topic or group that raised it.
 */
export type ProposalSource =
  | { kind: 'topic'; topicId: string }
  | { kind: 'group-outcome'; groupId: string }
  | { kind: 'free-text' }
  /** A prioritisation round over the taskforce's issue list (see priorities.ts). */
  | { kind: 'issue-list'; taskforceId: string };

export const PROPOSAL_STATUSES = ['open', 'decided'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface ProposalInput {
  /** The meeting where the proposal was first put to the room. */
  eventId: string;
  title: string;
  /** The wording people are asked to agree to. */
  text: string;
  source: ProposalSource;
}

export interface Proposal extends ProposalInput, RecordMeta {
  status: ProposalStatus;
  createdBy: string;
}

export type ProposalField = keyof ProposalInput;

export function validateProposal(input: ProposalInput): Validated<ProposalInput, ProposalField> {
  const errors: FieldErrors<ProposalField> = {
    eventId: input.eventId === '' ? 'Choose the event this proposal belongs to.' : undefined,
    title: checkText(input.title, { label: 'a title', required: true, max: LIMITS.shortText }),
    text: checkText(input.text, { label: 'the proposal', required: false, max: LIMITS.longText }),
    source: checkSource(input.source),
  };
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...input,
      title: input.title.trim(),
      text: input.text.trim(),
      source: { ...input.source },
    },
  };
}

function checkSource(source: ProposalSource): string | undefined {
  switch (source.kind) {
    case 'topic':
      return source.topicId === '' ? 'Choose the topic this proposal comes from.' : undefined;
    case 'group-outcome':
      return source.groupId === '' ? 'Choose the group this proposal comes from.' : undefined;
    case 'issue-list':
      return source.taskforceId === ''
        ? 'Choose the taskforce whose issues are voted on.'
        : undefined;
    case 'free-text':
      return undefined;
    default:
      return 'Say where this proposal comes from.';
  }
}

export function createProposal(
  input: ProposalInput,
  id: string,
  ctx: CommandContext,
): Validated<Proposal, ProposalField> {
  const checked = validateProposal(input);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { ...checked.value, ...createdMeta(id, ctx), status: 'open', createdBy: ctx.actor },
  };
}

/** The parts of a topic card a proposal needs; the board owns the full record. */
export interface TopicRef {
  id: string;
  title: string;
  description: string;
}

export function proposalFromTopic(topic: TopicRef, eventId: string): ProposalInput {
  return {
    eventId,
    title: topic.title,
    text: topic.description,
    source: { kind: 'topic', topicId: topic.id },
  };
}

/** The parts of a group's record a proposal needs: what the group concluded. */
export interface GroupOutcomeRef {
  groupId: string;
  title: string;
  keyPoints: readonly string[];
}

export function proposalFromGroupOutcome(outcome: GroupOutcomeRef, eventId: string): ProposalInput {
  return {
    eventId,
    title: outcome.title,
    text: outcome.keyPoints
      .map((point) => point.trim())
      .filter((point) => point !== '')
      .map((point) => `• ${point}`)
      .join('\n'),
    source: { kind: 'group-outcome', groupId: outcome.groupId },
  };
}
