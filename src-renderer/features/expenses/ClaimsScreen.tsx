import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import type { QueueQuery } from '../../data/expenses/queue';
import { EMPTY_QUERY, loadQueue } from '../../data/expenses/queue';
import { formatPence } from '../../domain/expenses/money';
import { queueTotals } from '../../domain/expenses/workflow';
import { PAGE_SIZE, Pager, counted, pageRangeText } from '../people/Pager';
import { ClaimsTable } from './ClaimsTable';
import { ExpensesNav } from './ExpensesNav';
import { ExportBar } from './ExportBar';
import { NewClaimDialog } from './NewClaimDialog';
import { QueueFilters } from './QueueFilters';
import './expenses.css';

/** #/expenses: the finance queue — every claim, filtered, totalled, paged and exported. */
export function ClaimsScreen() {
  const { db } = useApp();
  const [query, setQuery] = useState<QueueQuery>(EMPTY_QUERY);
  const deferred = useDeferredValue(query);
  const [paging, setPaging] = useState({ query: EMPTY_QUERY, page: 0 });
  const page = paging.query === deferred ? paging.page : 0;
  const [adding, setAdding] = useState(false);
  const listRef = useRef<HTMLHeadingElement>(null);
  const rows = useLiveQuery(() => loadQueue(db, deferred), [db, deferred]);
  const anyClaims = useLiveQuery(async () => (await db.claims.count()) > 0, [db]);

  function goToPage(next: number) {
    setPaging({ query: deferred, page: next });
    listRef.current?.focus();
  }

  const totals = rows ? queueTotals(rows) : undefined;
  return (
    <section aria-labelledby="expenses-title">
      <div className="page-header">
        <h1 id="expenses-title">Expenses</h1>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          New claim
        </button>
      </div>
      <ExpensesNav current="" />
      {anyClaims === false ? (
        <div className="empty-state">
          <h2>No expense claims yet</h2>
          <p>
            Start a claim for a participant, carer or companion at an event. Add their costs, attach
            receipts and tick the declaration; finance then checks, approves and exports it.
          </p>
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Start the first claim
          </button>
        </div>
      ) : (
        <>
          <QueueFilters query={query} onChange={setQuery} />
          {rows === undefined || totals === undefined ? (
            <p aria-busy="true">Loading claims…</p>
          ) : (
            <>
              <p role="status" aria-busy={deferred !== query || undefined} className="queue-totals">
                {counted(totals.claims, ['claim', 'claims'])} ·{' '}
                {counted(totals.lines, ['line', 'lines'])} · total {formatPence(totals.totalPence)}
                {totals.byStatus.approved.claims > 0 &&
                  ` · approved ${formatPence(totals.byStatus.approved.totalPence)}`}
              </p>
              <ExportBar rows={rows} />
              <h2 ref={listRef} tabIndex={-1} className="queue-heading">
                Claims
              </h2>
              <p>{pageRangeText(page, rows.length, ['claim', 'claims'])}</p>
              {rows.length > 0 && (
                <ClaimsTable rows={rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)} />
              )}
              <Pager page={page} total={rows.length} label="Claim pages" onPage={goToPage} />
            </>
          )}
        </>
      )}
      <p>
        <a href={routeHref('expenses', 'involvement')}>Involvement payments</a> are kept apart from
        expenses and exported for payroll.
      </p>
      {adding && <NewClaimDialog onClose={() => setAdding(false)} />}
    </section>
  );
}
