import type { CommandContext } from '../record';
import type { Validated } from '../result';
import type { Round } from './round';
import type { VoteValue } from './vote-value';
import { validateVoteValue } from './vote-value';

/**
 * One person's vote as a plain, serialisable command: the same object whether it is typed on
 * the facilitator's laptop or, later, sent from a participant's phone over local Wi-Fi.
 */
export interface VoteCommand {
  roundId: string;
  personId: string;
  /** Checked at run time against the round: a device may send anything. */
  value: VoteValue;
  /** Hands in the room or paper, typed in by the facilitator for someone without a device. */
  enteredOnBehalf: boolean;
}

/** A vote in a named round. One per person per round: a newer one replaces the older. */
export interface NamedVote {
  kind: 'named';
  roundId: string;
  personId: string;
  value: VoteValue;
  enteredOnBehalf: boolean;
  /** Who typed it: the facilitator for votes on someone's behalf, else the voter's device. */
  enteredBy: string;
  at: string;
}

/**
 * A vote in an anonymous round. It deliberately carries nothing that could be matched with a
 * `VotedMarker`: no person, no timestamp, no "entered on behalf" flag (one on-behalf marker
 * and one on-behalf ballot would identify each other), and an id that is a random UUID v4, so
 * that neither its value nor the order of ids says anything about when it was cast.
 */
export interface AnonymousBallot {
  kind: 'anonymous';
  id: string;
  roundId: string;
  value: VoteValue;
}

/**
 * That a person has voted in an anonymous round, kept apart from their ballot. It lets the
 * facilitator see who is still to vote and refuses a second vote. It may carry a timestamp and
 * who entered it, because the ballot has neither to compare them with.
 */
export interface VotedMarker {
  roundId: string;
  personId: string;
  enteredOnBehalf: boolean;
  enteredBy: string;
  at: string;
}

export type VoteField = 'round' | 'personId' | 'value' | 'ballotId';

function checkCommand(
  round: Round,
  command: VoteCommand,
): Partial<Record<VoteField, string>> | null {
  if (command.roundId !== round.id) return { round: 'This vote is for a different round.' };
  if (round.status !== 'open') {
    return { round: 'This round is closed. Start another round to vote again.' };
  }
  if (command.personId === '') return { personId: 'Choose who is voting.' };
  return null;
}

/** A changed vote is simply cast again: the newer record replaces the older (see laterVote). */
export function castNamedVote(
  round: Round,
  command: VoteCommand,
  ctx: CommandContext,
): Validated<NamedVote, VoteField> {
  if (round.anonymous) {
    return {
      ok: false,
      errors: { round: 'This round is anonymous: votes are cast without names.' },
    };
  }
  const problem = checkCommand(round, command);
  if (problem) return { ok: false, errors: problem };
  const value = validateVoteValue(round, command.value);
  if (!value.ok) return value;
  return {
    ok: true,
    value: {
      kind: 'named',
      roundId: round.id,
      personId: command.personId,
      value: value.value,
      enteredOnBehalf: command.enteredOnBehalf === true,
      enteredBy: ctx.actor,
      at: ctx.now,
    },
  };
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Time-ordered ids (auto-increment, ULID, UUID v7) would let ballots be lined up with markers. */
export function isRandomBallotId(id: string): boolean {
  return UUID_V4.test(id);
}

/**
 * An anonymous vote cannot be changed. Changing it would need a link from the person to their
 * ballot, which is exactly what an anonymous round must not keep; so the ballot is final and
 * the screen should ask people to confirm before casting. A group that wants to think again
 * runs another round. A second vote by the same person is refused through their marker.
 */
export function castAnonymousBallot(
  round: Round,
  markers: readonly VotedMarker[],
  command: VoteCommand,
  ballotId: string,
  ctx: CommandContext,
): Validated<{ ballot: AnonymousBallot; marker: VotedMarker }, VoteField> {
  if (!round.anonymous) {
    return { ok: false, errors: { round: 'This round is named: cast a named vote instead.' } };
  }
  const problem = checkCommand(round, command);
  if (problem) return { ok: false, errors: problem };
  if (markers.some((m) => m.roundId === round.id && m.personId === command.personId)) {
    return {
      ok: false,
      errors: {
        personId:
          'This person has already voted in this anonymous round. An anonymous vote cannot be changed; run another round if the group wants to think again.',
      },
    };
  }
  if (!isRandomBallotId(ballotId)) {
    return {
      ok: false,
      errors: { ballotId: 'An anonymous ballot needs a random id (UUID version 4).' },
    };
  }
  const value = validateVoteValue(round, command.value);
  if (!value.ok) return value;
  return {
    ok: true,
    value: {
      ballot: { kind: 'anonymous', id: ballotId, roundId: round.id, value: value.value },
      marker: {
        roundId: round.id,
        personId: command.personId,
        enteredOnBehalf: command.enteredOnBehalf === true,
        enteredBy: ctx.actor,
        at: ctx.now,
      },
    },
  };
}

/**
 * Of two votes by the same person in the same round, the one that counts: the later `at`.
 * Equal times (two devices in the same millisecond) are settled by a fixed order of the
 * other fields, so that every device that merges the same votes keeps the same one.
 */
export function laterVote(a: NamedVote, b: NamedVote): NamedVote {
  const byTime = compareInstants(a.at, b.at);
  if (byTime !== 0) return byTime > 0 ? a : b;
  const keyA = `${a.enteredBy}\u0000${JSON.stringify(a.value)}`;
  const keyB = `${b.enteredBy}\u0000${JSON.stringify(b.value)}`;
  return keyA >= keyB ? a : b;
}

/** One vote per person and round: the latest. Order: the order in which people last voted. */
export function latestNamedVotes(votes: readonly NamedVote[]): NamedVote[] {
  const latest = new Map<string, NamedVote>();
  for (const vote of votes) {
    const key = `${vote.roundId}\u0000${vote.personId}`;
    const current = latest.get(key);
    latest.set(key, current ? laterVote(current, vote) : vote);
  }
  return [...latest.values()].sort((a, b) => compareInstants(a.at, b.at));
}

function compareInstants(a: string, b: string): number {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a < b ? -1 : a > b ? 1 : 0;
  return ta - tb;
}

/** Everyone who has voted in the round, from named votes or, if anonymous, from markers. */
export function votedPersonIds(
  round: Round,
  votes: readonly NamedVote[],
  markers: readonly VotedMarker[],
): Set<string> {
  const own = round.anonymous
    ? markers.filter((m) => m.roundId === round.id)
    : votes.filter((v) => v.roundId === round.id);
  return new Set(own.map((record) => record.personId));
}

/** The checked-in people still to vote, in the order given (the check-in list's order). */
export function peopleYetToVote(
  round: Round,
  checkedIn: readonly string[],
  votes: readonly NamedVote[],
  markers: readonly VotedMarker[],
): string[] {
  const voted = votedPersonIds(round, votes, markers);
  return [...new Set(checkedIn)].filter((personId) => !voted.has(personId));
}
