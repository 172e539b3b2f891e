import type { Membership, MembershipField, MembershipInput } from '../domain/people/membership';
import { endMembership, validateMembership } from '../domain/people/membership';
import { type CommandContext, createdMeta } from '../domain/record';
import { type CommandResult, NOT_FOUND, STALE_EDIT } from './command-result';
import type { TwoFeetDb } from './db';
import { newId } from './ids';

/** A person joins a taskforce with a role; refused when it overlaps another of their memberships. */
export async function joinTaskforce(
  db: TwoFeetDb,
  input: MembershipInput,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<Membership, MembershipField>> {
  return db.transaction('rw', [db.memberships, db.people, db.taskforces], async () => {
    const existing = await membershipsOfPair(db, input.taskforceId, input.personId);
    const checked = validateMembership(input, existing);
    if (!checked.ok) return checked;
    if (!(await db.people.get(input.personId))) return { ok: false, conflict: NOT_FOUND };
    if (!(await db.taskforces.get(input.taskforceId))) {
      return {
        ok: false,
        errors: { taskforceId: 'This taskforce no longer exists. Choose another.' },
      };
    }
    const membership: Membership = { ...checked.value, ...createdMeta(id, ctx) };
    await db.memberships.add(membership);
    return { ok: true, value: membership };
  });
}

/** Ends a membership on `leftOn` ("YYYY-MM-DD"); the day they leave they are a past member. */
export async function recordLeaving(
  db: TwoFeetDb,
  membershipId: string,
  leftOn: string,
  expectedVersion: number,
  ctx: CommandContext,
): Promise<CommandResult<Membership, MembershipField>> {
  return db.transaction('rw', db.memberships, async () => {
    const current = await db.memberships.get(membershipId);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.version !== expectedVersion) return { ok: false, conflict: STALE_EDIT };
    const existing = await membershipsOfPair(db, current.taskforceId, current.personId);
    const ended = endMembership(current, leftOn, existing, ctx);
    if (!ended.ok) return ended;
    await db.memberships.put(ended.value);
    return { ok: true, value: ended.value };
  });
}

function membershipsOfPair(
  db: TwoFeetDb,
  taskforceId: string,
  personId: string,
): Promise<Membership[]> {
  return db.memberships.where('[taskforceId+personId]').equals([taskforceId, personId]).toArray();
}
