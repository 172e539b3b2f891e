import type { CommandContext } from '../../../../src-renderer/domain/record';
import type { Validated } from '../../../../src-renderer/domain/result';
import type { Proposal } from '../../../../src-renderer/domain/voting/proposal';
import { createProposal } from '../../../../src-renderer/domain/voting/proposal';
import type { Round, RoundSettingsInput } from '../../../../src-renderer/domain/voting/round';
import { defaultRoundSettings, startRound } from '../../../../src-renderer/domain/voting/round';
import type { VotingMethod } from '../../../../src-renderer/domain/voting/methods';
import type { VoteValue } from '../../../../src-renderer/domain/voting/vote-value';
import type { AnonymousBallot, NamedVote } from '../../../../src-renderer/domain/voting/votes';
import { castAnonymousBallot, castNamedVote } from '../../../../src-renderer/domain/voting/votes';

export const FACILITATOR = 'Sam Facilitator';

/** 10:00 UTC on the day of the meeting plus `seconds`, so that votes have a known order. */
export function at(seconds = 0): string {
  return new Date(Date.UTC(2026, 10, 22, 10, 0, seconds)).toISOString();
}

export function ctxAt(seconds = 0, actor = FACILITATOR): CommandContext {
  return { now: at(seconds), actor };
}

/** A well-formed random-looking UUID v4 for ballots, distinct per n. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function unwrap<T, K extends string>(result: Validated<T, K>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

export function errorsOf<T, K extends string>(result: Validated<T, K>): Partial<Record<K, string>> {
  if (result.ok) throw new Error('Expected a refusal, got ok');
  return result.errors;
}

export function makeProposal(id = 'proposal-1'): Proposal {
  return unwrap(
    createProposal(
      { eventId: 'event-1', title: 'Meet on Saturdays', text: '', source: { kind: 'free-text' } },
      id,
      ctxAt(),
    ),
  );
}

export function makeRound(
  method: VotingMethod,
  overrides: Partial<RoundSettingsInput> = {},
  id = `round-${method}`,
  eventId = 'event-1',
): Round {
  const options =
    method === 'dots'
      ? [
          { id: 'a', label: 'Transport' },
          { id: 'b', label: 'Information' },
          { id: 'c', label: 'Peer support' },
        ]
      : [];
  const settings = { ...defaultRoundSettings(method, options), ...overrides };
  return unwrap(startRound(makeProposal(`proposal-of-${id}`), [], settings, eventId, id, ctxAt()));
}

/** Named votes for people p1, p2, … one second apart. */
export function namedVotes(
  round: Round,
  values: readonly VoteValue[],
  onBehalf = false,
): NamedVote[] {
  return values.map((value, i) =>
    unwrap(
      castNamedVote(
        round,
        { roundId: round.id, personId: `p${i + 1}`, value, enteredOnBehalf: onBehalf },
        ctxAt(i + 1),
      ),
    ),
  );
}

/** Anonymous ballots for people p1, p2, … (their markers are discarded here). */
export function anonymousBallots(round: Round, values: readonly VoteValue[]): AnonymousBallot[] {
  return values.map(
    (value, i) =>
      unwrap(
        castAnonymousBallot(
          round,
          [],
          { roundId: round.id, personId: `p${i + 1}`, value, enteredOnBehalf: false },
          uuid(i + 1),
          ctxAt(i + 1),
        ),
      ).ballot,
  );
}

export const gradient = (point: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8): VoteValue => ({
  method: 'gradients',
  point,
});
export const fist = (fingers: 0 | 1 | 2 | 3 | 4 | 5): VoteValue => ({
  method: 'fist-to-five',
  fingers,
});
export const thumb = (value: 'up' | 'sideways' | 'down'): VoteValue => ({
  method: 'thumbs',
  thumb: value,
});
export const noObjection: VoteValue = { method: 'consent', objection: false };
export const objection = (reason: string): VoteValue => ({
  method: 'consent',
  objection: true,
  reason,
});
export const dots = (allocation: Record<string, number>): VoteValue => ({
  method: 'dots',
  dots: allocation,
});

/** The first item, failing the test clearly if there is none. */
export function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error('Expected at least one item');
  return item;
}
