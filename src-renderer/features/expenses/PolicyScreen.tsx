import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { BUILT_IN_FROM, loadPolicies } from '../../data/expenses/claim-context';
import { CATEGORY_LABELS, EXPENSE_CATEGORIES } from '../../domain/expenses/categories';
import { localDate, formatLongDate } from '../../domain/dates';
import { formatPence } from '../../domain/expenses/money';
import type { ExpensePolicyInput } from '../../domain/expenses/policy';
import { policyInForce } from '../../domain/expenses/policy';
import { ExpensesNav } from './ExpensesNav';
import { PolicyDialog } from './PolicyDialog';
import './expenses.css';

const perMile = (pence: number) => `${pence}p a mile`;

/** #/expenses/policy: every version of the rates and rules, each from its own date. */
export function PolicyScreen() {
  const { db } = useApp();
  const policies = useLiveQuery(() => loadPolicies(db), [db]);
  const [adding, setAdding] = useState(false);
  if (!policies) return <p aria-busy="true">Loading the policy…</p>;
  const current = policyInForce(policies, localDate(new Date()));
  const latest = policies[policies.length - 1];
  return (
    <section aria-labelledby="policy-title">
      <div className="page-header">
        <h1 id="policy-title">Expense policy</h1>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add a new version
        </button>
      </div>
      <ExpensesNav current="policy" />
      <p>
        Each line of a claim is priced with the version in force on its date. Versions are never
        changed, so old claims reprint exactly: to change a rate, add a version from a date.
      </p>
      {[...policies].reverse().map((policy) => (
        <PolicyVersion key={policy.effectiveFrom} policy={policy} current={policy === current} />
      ))}
      {adding && latest && <PolicyDialog from={latest} onClose={() => setAdding(false)} />}
    </section>
  );
}

function PolicyVersion({ policy, current }: { policy: ExpensePolicyInput; current: boolean }) {
  const id = `policy-${policy.effectiveFrom}`;
  const m = policy.mileage;
  const caps = EXPENSE_CATEGORIES.filter((c) => policy.capsPence[c] !== null);
  return (
    <section aria-labelledby={id} className="settings-block">
      <h2 id={id}>
        {policy.effectiveFrom === BUILT_IN_FROM
          ? 'Starting policy (UK practice)'
          : `From ${formatLongDate(policy.effectiveFrom)}`}
        {current && <span className="badge"> In force today</span>}
      </h2>
      <dl className="facts">
        <dt>Car or van</dt>
        <dd>
          {perMile(m.carOrVan)} for the first {m.thresholdMiles.toLocaleString('en-GB')} miles of
          the tax year, then {perMile(m.carOrVanAfterThreshold)}
        </dd>
        <dt>Motorcycle</dt>
        <dd>{perMile(m.motorcycle)}</dd>
        <dt>Bicycle</dt>
        <dd>{perMile(m.bicycle)}</dd>
        <dt>Passengers</dt>
        <dd>{perMile(m.passenger)} each</dd>
        <dt>Limits a line</dt>
        <dd>
          {caps.length === 0
            ? 'None'
            : caps
                .map((c) => `${CATEGORY_LABELS[c]} ${formatPence(policy.capsPence[c] ?? 0)}`)
                .join('; ')}
        </dd>
        <dt>Receipts</dt>
        <dd>{receiptRule(policy)}</dd>
        <dt>Deadline</dt>
        <dd>{policy.claimDeadlineMonths} months after the event</dd>
        <dt>Involvement</dt>
        <dd>
          {formatPence(policy.involvementPence['up-to-4-hours'])} up to 4 hours,{' '}
          {formatPence(policy.involvementPence['full-day'])} a full day
        </dd>
      </dl>
    </section>
  );
}

function receiptRule(policy: ExpensePolicyInput): string {
  const parts = EXPENSE_CATEGORIES.map((c) => {
    const above = policy.receiptAbovePence[c];
    if (above === null) return `${CATEGORY_LABELS[c]}: never`;
    return above === 0
      ? `${CATEGORY_LABELS[c]}: always`
      : `${CATEGORY_LABELS[c]}: above ${formatPence(above)}`;
  });
  return parts.join('; ');
}
