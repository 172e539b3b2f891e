import type { CommandContext } from '../../domain/record';
import {
  prioritisationProposal,
  prioritisationRoundSettings,
} from '../../domain/voting/priorities';
import { createProposal } from '../../domain/voting/proposal';
import { compareLabels } from '../../domain/voting/wording';
import type { ProposalRecord } from '../../domain/voting/records';
import type { Round, RoundField } from '../../domain/voting/round';
import { startRound } from '../../domain/voting/round';
import type { CommandResult } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';
import { EVENT_GONE } from './proposal-commands';

export interface PrioritisationChoices {
  anonymous: boolean;
  hiddenUntilRevealed: boolean;
  /** Leave out for the default of options ÷ 3. */
  dotBudget?: number;
}

/**
 * A dot-voting round over the taskforce's open issues at one of its meetings. The meeting's
 * prioritisation proposal is made the first time and reused after, so that a repeat round at
 * the same meeting is round 2 of the same proposal.
 */
export async function startPrioritisation(
  db: TwoFeetDb,
  eventId: string,
  choices: PrioritisationChoices,
  ctx: CommandContext,
  ids: { proposal: string; round: string } = { proposal: newId(), round: newId() },
): Promise<CommandResult<{ proposal: ProposalRecord; round: Round }, RoundField>> {
  const tables = [db.events, db.issues, db.proposals, db.rounds];
  return db.transaction('rw', tables, async () => {
    const event = await db.events.get(eventId);
    if (!event) return { ok: false, errors: { eventId: EVENT_GONE } };
    const taskforceId = event.taskforceId;
    // In A to Z order on the ballot, so that it reads the same at every meeting.
    const issues = (await db.issues.where('taskforceId').equals(taskforceId).toArray()).sort(
      (a, b) => compareLabels(a.title, b.title),
    );
    const settings = prioritisationRoundSettings(issues, taskforceId, choices);
    if (settings.options.length < 2) {
      return {
        ok: false,
        errors: { options: 'Prioritising needs at least 2 open issues on the list.' },
      };
    }
    const ofEvent = await db.proposals.where('eventId').equals(eventId).toArray();
    let proposal = ofEvent.find((p) => p.source.kind === 'issue-list' && p.status === 'open');
    let isNew = false;
    if (!proposal) {
      const created = createProposal(
        prioritisationProposal(taskforceId, eventId),
        ids.proposal,
        ctx,
      );
      if (!created.ok)
        return { ok: false, errors: { proposal: 'The proposal could not be made.' } };
      proposal = { ...created.value, taskforceId };
      isNew = true;
    }
    const rounds = await db.rounds.where('proposalId').equals(proposal.id).toArray();
    const started = startRound(proposal, rounds, settings, eventId, ids.round, ctx);
    if (!started.ok) return started;
    if (isNew) await db.proposals.add(proposal);
    await db.rounds.add(started.value);
    return { ok: true, value: { proposal, round: started.value } };
  });
}
