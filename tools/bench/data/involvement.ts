import type { StoredInvolvement, StoredPolicy } from '../../../src-renderer/data/expenses/records';
import { priceInvolvement } from '../../../src-renderer/domain/expenses/involvement';
import {
  INVOLVEMENT_DURATIONS,
  defaultExpensePolicy,
} from '../../../src-renderer/domain/expenses/policy';
import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import type { Prng } from './prng';

/**
 * Involvement payments (issue 7): the default expense policy (version in force since 2024),
 * and payments for taking part to people checked in at events held, each priced by the
 * domain's priceInvolvement() from that policy, as the app records them (1 in 10 declined).
 */
export interface InvolvementPlan {
  policies: StoredPolicy[];
  payments: StoredInvolvement[];
}

export function generateInvolvement(
  p: Prng,
  events: readonly TaskforceEvent[],
  checkedIn: ReadonlyMap<string, readonly string[]>,
  count: number,
): InvolvementPlan {
  const at = '2024-01-01T09:00:00.000Z';
  const policy = defaultExpensePolicy('2024-01-01');
  const policies: StoredPolicy[] = [
    {
      ...policy,
      id: 'policy-2024-01-01',
      createdAt: at,
      updatedAt: at,
      version: 1,
      createdBy: 'Bench',
    },
  ];
  const held = events.filter((e) => (checkedIn.get(e.id)?.length ?? 0) > 0);
  const payments: StoredInvolvement[] = [];
  const paid = new Set<string>();
  for (let i = 0; i < count * 2 && payments.length < count && held.length > 0; i++) {
    const event = p.pick(held);
    const personId = p.pick(checkedIn.get(event.id) ?? []);
    if (paid.has(`${event.id}|${personId}`)) continue;
    paid.add(`${event.id}|${personId}`);
    const input = {
      personId,
      eventId: event.id,
      duration: p.pick(INVOLVEMENT_DURATIONS),
      declined: p.chance(0.1),
    };
    const priced = priceInvolvement(input, event.date, [policy]);
    if (!priced.ok)
      throw new Error(`Bench involvement is invalid: ${JSON.stringify(priced.errors)}`);
    const when = `${event.date}T19:00:00.000Z`;
    payments.push({
      ...priced.value,
      id: p.uuid(),
      createdAt: when,
      updatedAt: when,
      version: 1,
      recordedBy: 'Bench facilitator',
    });
  }
  return { policies, payments };
}
