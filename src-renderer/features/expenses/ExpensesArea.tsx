import { ClaimPage } from './ClaimPage';
import { ClaimsScreen } from './ClaimsScreen';
import { InvolvementScreen } from './InvolvementScreen';
import { PolicyScreen } from './PolicyScreen';

/**
 * #/expenses                 the claims queue: filters, totals, exports, new claim
 * #/expenses/claims/<id>     one claim: lines, receipts, checks, declaration, workflow
 * #/expenses/policy          policy versions with effective dates
 * #/expenses/involvement     involvement payments (payroll), kept apart from expenses
 */
export function ExpensesArea({ rest }: { rest: string[] }) {
  const [first, second] = rest;
  if (first === 'claims' && second) return <ClaimPage claimId={second} key={second} />;
  if (first === 'policy') return <PolicyScreen />;
  if (first === 'involvement') return <InvolvementScreen />;
  return <ClaimsScreen />;
}
