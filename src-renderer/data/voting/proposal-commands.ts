import type { CommandContext } from '../../domain/record';
import type { DecisionOutcome, OutcomeField, OutcomeInput } from '../../domain/voting/outcome';
import { closeProposal } from '../../domain/voting/outcome';
import type { ProposalField, ProposalInput } from '../../domain/voting/proposal';
import { createProposal } from '../../domain/voting/proposal';
import type { ProposalRecord } from '../../domain/voting/records';
import { appendAudit } from '../audit';
import { type CommandResult, NOT_FOUND, STALE_EDIT } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';

export const EVENT_GONE = 'That meeting no longer exists. It may have been deleted.';

/** A proposal put to the room at an event; it keeps the event's taskforce for later lists. */
export async function addProposal(
  db: TwoFeetDb,
  input: ProposalInput,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<ProposalRecord, ProposalField>> {
  const created = createProposal(input, id, ctx);
  if (!created.ok) return created;
  return db.transaction('rw', db.events, db.proposals, async () => {
    const event = await db.events.get(created.value.eventId);
    if (!event) return { ok: false, errors: { eventId: EVENT_GONE } };
    const proposal: ProposalRecord = { ...created.value, taskforceId: event.taskforceId };
    await db.proposals.add(proposal);
    return { ok: true, value: proposal };
  });
}

/** Only a proposal that has never had a round can be deleted: rounds are part of the record. */
export async function deleteProposal(
  db: TwoFeetDb,
  id: string,
  ctx: CommandContext,
): Promise<CommandResult<null, 'proposal'>> {
  return db.transaction('rw', db.proposals, db.rounds, db.tombstones, async () => {
    if (!(await db.proposals.get(id))) return { ok: false, conflict: NOT_FOUND };
    if ((await db.rounds.where('proposalId').equals(id).count()) > 0) {
      return {
        ok: false,
        errors: { proposal: 'This proposal has rounds, so it is kept as part of the record.' },
      };
    }
    await db.proposals.delete(id);
    await db.tombstones.put({ id, table: 'proposals', deletedAt: ctx.now, deletedBy: ctx.actor });
    return { ok: true, value: null };
  });
}

/** Closes the proposal with its outcome: the decision, dissent noted and a review date. */
export async function recordOutcome(
  db: TwoFeetDb,
  proposalId: string,
  input: OutcomeInput,
  expectedVersion: number,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<DecisionOutcome, OutcomeField>> {
  return db.transaction('rw', [db.proposals, db.rounds, db.outcomes, db.auditLog], async () => {
    const proposal = await db.proposals.get(proposalId);
    if (!proposal) return { ok: false, conflict: NOT_FOUND };
    if (proposal.version !== expectedVersion) return { ok: false, conflict: STALE_EDIT };
    const rounds = await db.rounds.where('proposalId').equals(proposalId).toArray();
    const closed = closeProposal(proposal, rounds, input, id, ctx);
    if (!closed.ok) return closed;
    await db.proposals.put({ ...proposal, ...closed.value.proposal });
    await db.outcomes.add(closed.value.outcome);
    await appendAudit(db, ctx, {
      id: newId(),
      action: 'decision-recorded',
      summary: `Recorded the outcome of a proposal after ${rounds.length} ${rounds.length === 1 ? 'round' : 'rounds'}.`,
      subject: { table: 'outcomes', id },
    });
    return { ok: true, value: closed.value.outcome };
  });
}
