import type { ExpensePolicyInput, PolicyField } from '../../domain/expenses/policy';
import { validatePolicy } from '../../domain/expenses/policy';
import { formatLongDate } from '../../domain/dates';
import { type CommandContext, createdMeta } from '../../domain/record';
import { appendAudit } from '../audit';
import type { CommandResult } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';
import { loadPolicies } from './claim-context';
import type { StoredPolicy } from './records';

/**
 * A new version of the expense policy, in force from its date. Versions are never edited or
 * deleted: claims already priced with one must reprint exactly.
 */
export async function addPolicyVersion(
  db: TwoFeetDb,
  input: ExpensePolicyInput,
  ctx: CommandContext,
  ids: () => string = newId,
): Promise<CommandResult<StoredPolicy, PolicyField>> {
  return db.transaction('rw', db.expensePolicies, db.auditLog, async () => {
    const checked = validatePolicy(input, await loadPolicies(db));
    if (!checked.ok) return checked;
    const policy: StoredPolicy = {
      ...checked.value,
      ...createdMeta(ids(), ctx),
      createdBy: ctx.actor,
    };
    await db.expensePolicies.add(policy);
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'expense-policy-added',
      summary: `Added an expense policy version in force from ${formatLongDate(policy.effectiveFrom)}.`,
      subject: { table: 'expensePolicies', id: policy.id },
    });
    return { ok: true, value: policy };
  });
}
