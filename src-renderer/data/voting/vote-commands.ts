import { effectiveAttendance } from '../../domain/people/attendance';
import type { CommandContext } from '../../domain/record';
import { namedVoteId, votedMarkerId } from '../../domain/voting/records';
import type { Round } from '../../domain/voting/round';
import type { VoteCommand, VoteField } from '../../domain/voting/votes';
import { castAnonymousBallot, castNamedVote } from '../../domain/voting/votes';
import { appendAudit } from '../audit';
import { type CommandResult, NOT_FOUND } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';

/** What the screen learns from a vote: who has voted, never (in an anonymous round) how. */
export interface VoteReceipt {
  roundId: string;
  personId: string;
  anonymous: boolean;
  /** Named rounds: true when an earlier vote by the same person was replaced. */
  replaced: boolean;
}

const NOT_CHECKED_IN = 'Only people checked in at this meeting can vote in its rounds.';

/**
 * Records one person's vote. Named: one record per person and round, a change replaces it.
 * Anonymous: a ballot with a random id and nothing else, and apart from it a marker that the
 * person has voted; the two are written together but share nothing — no id, no time, no
 * flag — so that neither the rows nor their order in the tables can be matched. The audit log
 * notes a vote entered on someone's behalf, never its value, and never the ballot.
 */
export async function castVote(
  db: TwoFeetDb,
  command: VoteCommand,
  ctx: CommandContext,
  ballotId: string = newId(),
): Promise<CommandResult<VoteReceipt, VoteField>> {
  const tables = [
    db.rounds,
    db.attendance,
    db.namedVotes,
    db.anonymousBallots,
    db.votedMarkers,
    db.auditLog,
  ];
  return db.transaction('rw', tables, async () => {
    const round = await db.rounds.get(command.roundId);
    if (!round) return { ok: false, conflict: NOT_FOUND };
    if (command.personId !== '' && !(await isCheckedIn(db, round, command.personId))) {
      return { ok: false, errors: { personId: NOT_CHECKED_IN } };
    }
    return round.anonymous
      ? castAnonymous(db, round, command, ballotId, ctx)
      : castNamed(db, round, command, ctx);
  });
}

async function isCheckedIn(db: TwoFeetDb, round: Round, personId: string): Promise<boolean> {
  const records = await db.attendance
    .where('[eventId+personId]')
    .equals([round.eventId, personId])
    .toArray();
  return effectiveAttendance(records).some((record) => record.status === 'checked-in');
}

async function castNamed(
  db: TwoFeetDb,
  round: Round,
  command: VoteCommand,
  ctx: CommandContext,
): Promise<CommandResult<VoteReceipt, VoteField>> {
  const cast = castNamedVote(round, command, ctx);
  if (!cast.ok) return cast;
  const id = namedVoteId(round.id, command.personId);
  const replaced = (await db.namedVotes.get(id)) !== undefined;
  await db.namedVotes.put({ ...cast.value, id });
  if (cast.value.enteredOnBehalf) {
    await appendAudit(db, ctx, {
      id: newId(),
      action: 'vote-entered-on-behalf',
      summary: `Entered a vote on someone's behalf in round ${round.number}.`,
      // The round, not the vote: the vote's id names the person, and the log keeps no one.
      subject: { table: 'rounds', id: round.id },
    });
  }
  return {
    ok: true,
    value: { roundId: round.id, personId: command.personId, anonymous: false, replaced },
  };
}

async function castAnonymous(
  db: TwoFeetDb,
  round: Round,
  command: VoteCommand,
  ballotId: string,
  ctx: CommandContext,
): Promise<CommandResult<VoteReceipt, VoteField>> {
  const markers = await db.votedMarkers
    .where('[roundId+personId]')
    .equals([round.id, command.personId])
    .toArray();
  const cast = castAnonymousBallot(round, markers, command, ballotId, ctx);
  if (!cast.ok) return cast;
  if (await db.anonymousBallots.get(ballotId)) {
    return { ok: false, errors: { ballotId: 'Two ballots cannot share an id.' } };
  }
  await db.anonymousBallots.add(cast.value.ballot);
  await db.votedMarkers.add({
    ...cast.value.marker,
    id: votedMarkerId(round.id, command.personId),
  });
  if (cast.value.marker.enteredOnBehalf) {
    // About the round only: naming the marker or the ballot here would add nothing but a risk.
    await appendAudit(db, ctx, {
      id: newId(),
      action: 'vote-entered-on-behalf',
      summary: `Entered a vote on someone's behalf in anonymous round ${round.number}.`,
      subject: { table: 'rounds', id: round.id },
    });
  }
  return {
    ok: true,
    value: { roundId: round.id, personId: command.personId, anonymous: true, replaced: false },
  };
}
