import type { InvolvementField, InvolvementPaymentInput } from '../../domain/expenses/involvement';
import { priceInvolvement } from '../../domain/expenses/involvement';
import { type CommandContext, createdMeta } from '../../domain/record';
import { appendAudit } from '../audit';
import type { CommandResult } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';
import { loadPolicies } from './claim-context';
import type { StoredInvolvement } from './records';

/**
 * Records an involvement payment (taxable, paid through payroll) apart from expenses. A
 * declined payment is kept with £0 so the offer and the choice are on file.
 */
export async function recordInvolvement(
  db: TwoFeetDb,
  input: InvolvementPaymentInput,
  ctx: CommandContext,
  ids: () => string = newId,
): Promise<CommandResult<StoredInvolvement, InvolvementField>> {
  const tables = [db.involvementPayments, db.events, db.people, db.expensePolicies, db.auditLog];
  return db.transaction('rw', tables, async () => {
    const event = await db.events.get(input.eventId);
    const priced = priceInvolvement(input, event?.date ?? '', await loadPolicies(db));
    if (!priced.ok) return priced;
    if (!event) return { ok: false, errors: { eventId: 'This event no longer exists.' } };
    if (!(await db.people.get(input.personId))) {
      return { ok: false, errors: { personId: 'This person is no longer on the register.' } };
    }
    const payment: StoredInvolvement = {
      ...priced.value,
      ...createdMeta(ids(), ctx),
      recordedBy: ctx.actor,
    };
    await db.involvementPayments.add(payment);
    await appendAudit(db, ctx, {
      id: ids(),
      action: payment.declined ? 'involvement-declined' : 'involvement-recorded',
      summary: payment.declined
        ? 'Recorded that an involvement payment was declined.'
        : 'Recorded an involvement payment.',
      subject: { table: 'involvementPayments', id: payment.id },
    });
    return { ok: true, value: payment };
  });
}
