import Dexie from 'dexie';
import type { FeedbackSummary } from '../../domain/surveys/feedback-summary';
import { feedbackSummary } from '../../domain/surveys/feedback-summary';
import type { EventReport } from '../../domain/reports/event-report';
import { buildEventReport } from '../../domain/reports/event-report';
import type { DecisionSummary } from '../../domain/voting/outcome';
import { summariseDecision } from '../../domain/voting/outcome';
import { loadBoard } from '../board-commands';
import type { TwoFeetDb } from '../db';
import { formLookupFor } from '../surveys/queries';
import { tallyOf } from '../voting/queries';
import { peopleWithConsent } from './people';

/** Everything the event report needs, built by the pure builder; null when the event has gone. */
export async function loadEventReport(db: TwoFeetDb, eventId: string): Promise<EventReport | null> {
  const event = await db.events.get(eventId);
  if (!event) return null;
  const [taskforce, attendance, loaded, decisions, feedback] = await Promise.all([
    db.taskforces.get(event.taskforceId),
    db.attendance.where('eventId').equals(eventId).toArray(),
    loadBoard(db, eventId),
    eventDecisions(db, eventId),
    eventFeedback(db, eventId),
  ]);
  const board = loaded?.state;
  const mentioned = new Set(attendance.map((a) => a.personId));
  for (const topic of Object.values(board?.topics ?? {}))
    for (const c of topic.conveners) if (c.kind === 'person') mentioned.add(c.personId);
  for (const record of Object.values(board?.groupRecords ?? {}))
    if (record.reporter?.kind === 'person') mentioned.add(record.reporter.personId);
  const { people, consent } = await peopleWithConsent(db, mentioned);
  return buildEventReport({
    event,
    taskforceName: taskforce?.name ?? '',
    attendance,
    people,
    consent,
    board,
    decisions,
    feedback,
  });
}

/** The decided proposals first put at the event, with their rounds, in the order decided. */
async function eventDecisions(db: TwoFeetDb, eventId: string): Promise<DecisionSummary[]> {
  const proposals = await db.proposals.where('eventId').equals(eventId).toArray();
  const decided = proposals.filter((p) => p.status === 'decided');
  const summaries = await Promise.all(
    decided.map(async (proposal) => {
      const [outcome, rounds] = await Promise.all([
        db.outcomes.where('proposalId').equals(proposal.id).first(),
        db.rounds.where('proposalId').equals(proposal.id).toArray(),
      ]);
      if (!outcome) return [];
      const tallies = await Promise.all(rounds.map((round) => tallyOf(db, round)));
      return [summariseDecision(proposal, rounds, tallies, outcome)];
    }),
  );
  return summaries.flat().sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : 1));
}

/** Anonymous feedback given at the event, one summary per form, small counts suppressed. */
async function eventFeedback(db: TwoFeetDb, eventId: string): Promise<FeedbackSummary[]> {
  const responses = (
    await db.surveyResponses
      .where('[eventId+formId]')
      .between([eventId, Dexie.minKey], [eventId, Dexie.maxKey])
      .toArray()
  ).filter((r) => r.participantId === null);
  const formIds = [...new Set(responses.map((r) => r.formId))];
  if (formIds.length === 0) return [];
  const forms = (await db.surveyForms.bulkGet(formIds)).flatMap((f) => (f ? [f] : []));
  const { lookup } = await formLookupFor(db, formIds);
  return forms.flatMap((form) => {
    const latest = lookup(form.id, form.latestVersion);
    return latest ? [feedbackSummary(latest, responses, lookup)] : [];
  });
}
