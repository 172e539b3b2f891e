import type { TwoFeetDb } from '../../../../src-renderer/data/db';
import { createEvent } from '../../../../src-renderer/data/event-commands';
import { createTaskforce } from '../../../../src-renderer/data/taskforce-commands';
import { addProposal } from '../../../../src-renderer/data/voting/proposal-commands';
import { openRound } from '../../../../src-renderer/data/voting/round-commands';
import { emptyEventInput } from '../../../../src-renderer/domain/event';
import { checkIn } from '../../../../src-renderer/domain/people/attendance';
import type { ProposalRecord } from '../../../../src-renderer/domain/voting/records';
import type { Round, RoundSettingsInput } from '../../../../src-renderer/domain/voting/round';
import { emptyTaskforceInput } from '../../../../src-renderer/domain/taskforce';
import { makePerson } from '../../domain/people/fixtures';
import { ctx } from '../fresh-db';

export const PEOPLE = ['p-ann', 'p-bo', 'p-cy', 'p-di'] as const;

export function ok<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

/** A taskforce, one meeting on 2026-11-22 with four people checked in, and a proposal. */
export async function meeting(db: TwoFeetDb, date = '2026-11-22') {
  const taskforce = ok(
    await createTaskforce(
      db,
      { ...emptyTaskforceInput(), name: 'LGBT & Cancer', theme: 'LGBT' },
      ctx(),
    ),
  );
  const event = ok(
    await createEvent(
      db,
      { ...emptyEventInput(taskforce.id), title: 'Spring gathering', date, venueName: 'Leeds' },
      ctx(),
    ),
  );
  await checkInPeople(db, event.id);
  const proposal = ok(
    await addProposal(
      db,
      { eventId: event.id, title: 'Meet on Saturdays', text: '', source: { kind: 'free-text' } },
      ctx(),
    ),
  );
  return { taskforce, event, proposal };
}

export async function checkInPeople(db: TwoFeetDb, eventId: string) {
  for (const id of PEOPLE) {
    if (!(await db.people.get(id))) await db.people.add(makePerson(id, { name: `Person ${id}` }));
    const { attendance } = checkIn(
      undefined,
      { eventId, personId: id },
      `a-${eventId}-${id}`,
      ctx(),
    );
    await db.attendance.add(attendance);
  }
}

export async function round(
  db: TwoFeetDb,
  proposal: ProposalRecord,
  settings: RoundSettingsInput,
): Promise<Round> {
  return ok(await openRound(db, proposal.id, settings, proposal.eventId, ctx()));
}
