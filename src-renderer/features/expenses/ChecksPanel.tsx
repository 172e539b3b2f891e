import { useState } from 'react';
import type { ClaimCheck } from '../../domain/expenses/checks';
import { overrideCovers } from '../../domain/expenses/checks';
import { OverrideDialog } from './OverrideDialog';
import type { ClaimData } from './use-claim-data';

const SEVERITY_WORDS: Record<ClaimCheck['severity'], string> = {
  'must-fix': 'Must be fixed',
  'needs-override': 'Needs authorisation',
  warning: 'Check',
};

/** The policy checks, re-run as the claim is written, each with what to do about it. */
export function ChecksPanel({ data }: { data: ClaimData }) {
  const { claim, checks } = data;
  const [overriding, setOverriding] = useState<ClaimCheck | null>(null);
  const canOverride = claim.status === 'draft' || claim.status === 'submitted';
  return (
    <section aria-labelledby="checks-title" className="settings-block">
      <h2 id="checks-title">Checks</h2>
      <p aria-live="polite">
        {checks.length === 0
          ? 'No problems found: the claim meets the policy.'
          : `${checks.length} ${checks.length === 1 ? 'thing' : 'things'} to look at.`}
      </p>
      {checks.length > 0 && (
        <ul className="claim-checks">
          {checks.map((check, index) => {
            const override = claim.overrides.find((o) => overrideCovers(check, o));
            return (
              <li
                key={`${check.kind}-${check.lineId ?? ''}-${index}`}
                className={`claim-check claim-check--${check.severity}`}
              >
                <p>
                  <strong>{override ? 'Authorised' : SEVERITY_WORDS[check.severity]}:</strong>{' '}
                  {check.message}
                </p>
                {override ? (
                  <p>
                    Allowed by {override.by}: {override.reason}
                  </p>
                ) : (
                  <p>{check.whatToDo}</p>
                )}
                {check.severity === 'needs-override' && !override && canOverride && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setOverriding(check)}
                  >
                    {check.kind === 'late' ? 'Accept it late' : 'Allow over the limit'}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {overriding && (
        <OverrideDialog claimId={claim.id} check={overriding} onClose={() => setOverriding(null)} />
      )}
    </section>
  );
}
