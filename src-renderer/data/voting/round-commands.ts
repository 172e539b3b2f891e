import type { CommandContext } from '../../domain/record';
import type { Validated } from '../../domain/result';
import { recordConcerns } from '../../domain/voting/outcome';
import type {
  Round,
  RoundConcern,
  RoundField,
  RoundSettingsInput,
} from '../../domain/voting/round';
import { closeRound, revealRound, startRound } from '../../domain/voting/round';
import { type CommandResult, NOT_FOUND, STALE_EDIT } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';
import { EVENT_GONE } from './proposal-commands';

/** Opens the next round of a proposal at a meeting (the proposal's own, unless revisited). */
export async function openRound(
  db: TwoFeetDb,
  proposalId: string,
  settings: RoundSettingsInput,
  eventId: string,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<Round, RoundField>> {
  return db.transaction('rw', db.events, db.proposals, db.rounds, async () => {
    const proposal = await db.proposals.get(proposalId);
    if (!proposal) return { ok: false, conflict: NOT_FOUND };
    if (eventId !== '' && !(await db.events.get(eventId))) {
      return { ok: false, errors: { eventId: EVENT_GONE } };
    }
    const rounds = await db.rounds.where('proposalId').equals(proposalId).toArray();
    const started = startRound(proposal, rounds, settings, eventId, id, ctx);
    if (!started.ok) return started;
    await db.rounds.add(started.value);
    return { ok: true, value: started.value };
  });
}

type RoundChange<K extends string> = (round: Round) => Validated<Round, K>;

async function changeRound<K extends string>(
  db: TwoFeetDb,
  roundId: string,
  expectedVersion: number,
  change: RoundChange<K>,
): Promise<CommandResult<Round, K>> {
  return db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) return { ok: false, conflict: NOT_FOUND };
    if (round.version !== expectedVersion) return { ok: false, conflict: STALE_EDIT };
    const changed = change(round);
    if (!changed.ok) return changed;
    await db.rounds.put(changed.value);
    return { ok: true, value: changed.value };
  });
}

/** No more votes; the result stays hidden if the round hides it until revealed. */
export function endRound(
  db: TwoFeetDb,
  roundId: string,
  expectedVersion: number,
  ctx: CommandContext,
) {
  return changeRound(db, roundId, expectedVersion, (round) => closeRound(round, ctx));
}

/** Shows the result (and, for an anonymous round, closes it: see domain/voting/round.ts). */
export function revealResults(
  db: TwoFeetDb,
  roundId: string,
  expectedVersion: number,
  ctx: CommandContext,
) {
  return changeRound(db, roundId, expectedVersion, (round) => revealRound(round, ctx));
}

/** Replaces the round's list of concerns raised (anonymous rounds: without names). */
export function saveConcerns(
  db: TwoFeetDb,
  roundId: string,
  concerns: readonly RoundConcern[],
  expectedVersion: number,
  ctx: CommandContext,
) {
  return changeRound(db, roundId, expectedVersion, (round) => recordConcerns(round, concerns, ctx));
}
