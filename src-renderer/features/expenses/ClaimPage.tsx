import { useState } from 'react';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import {
  CLAIMANT_ROLE_LABELS,
  CLAIM_STATUS_LABELS,
  claimTotals,
} from '../../domain/expenses/claim';
import { formatLongDate } from '../../domain/dates';
import { formatPence } from '../../domain/expenses/money';
import { ChecksPanel } from './ChecksPanel';
import { DeclarationSection } from './DeclarationSection';
import { LinesSection } from './LinesSection';
import { NewClaimDialog } from './NewClaimDialog';
import { StatusActions } from './StatusActions';
import { TrailSection } from './TrailSection';
import { useClaimData } from './use-claim-data';
import './expenses.css';

/** #/expenses/claims/<id>: one claim, written by a facilitator and decided by finance. */
export function ClaimPage({ claimId }: { claimId: string }) {
  const data = useClaimData(claimId);
  const [editing, setEditing] = useState(false);
  if (data === undefined) return <p aria-busy="true">Loading the claim…</p>;
  if (data === null) {
    return <NotFound what="Claim" backHref={routeHref('expenses')} backLabel="All claims" />;
  }
  const { claim, event } = data;
  const draft = claim.status === 'draft';
  const totals = claimTotals(claim.lines);
  return (
    <section aria-labelledby="claim-title">
      <p>
        <a href={routeHref('expenses')}>← All claims</a>
      </p>
      <div className="page-header">
        <h1 id="claim-title">Claim: {data.claimantName}</h1>
        <span className={`badge claim-status claim-status--${claim.status}`}>
          {CLAIM_STATUS_LABELS[claim.status]}
        </span>
      </div>
      <dl className="facts">
        <dt>Claiming as</dt>
        <dd>
          {CLAIMANT_ROLE_LABELS[claim.claimantRole]}
          {data.onBehalfOfName && `, with ${data.onBehalfOfName}`}
        </dd>
        <dt>Event</dt>
        <dd>{event ? `${event.title}, ${formatLongDate(event.date)}` : 'Deleted event'}</dd>
        <dt>Cost code</dt>
        <dd>{claim.costCode || 'Not given yet'}</dd>
        <dt>Payment details reference</dt>
        <dd>{claim.paymentDetailsRef || 'Not given'}</dd>
        <dt>Attendance</dt>
        <dd>{data.attended ? 'Confirmed at check-in' : 'Not checked in at this event'}</dd>
        <dt>Total</dt>
        <dd className="claim-total">{formatPence(totals.totalPence)}</dd>
      </dl>
      {draft && (
        <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
          Edit claim details
        </button>
      )}
      <LinesSection data={data} />
      <ChecksPanel data={data} />
      <DeclarationSection claim={claim} />
      <StatusActions data={data} />
      <TrailSection claim={claim} />
      {editing && <NewClaimDialog claim={claim} onClose={() => setEditing(false)} />}
    </section>
  );
}
