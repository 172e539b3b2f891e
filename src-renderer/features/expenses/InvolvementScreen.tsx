import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { describeStorageError } from '../../data/storage-errors';
import { localDate } from '../../domain/dates';
import { INVOLVEMENT_DURATION_LABELS } from '../../domain/expenses/policy';
import { formatPence } from '../../domain/expenses/money';
import { displayName } from '../../domain/people/person';
import { payrollCsv } from '../../exports/expense-csv';
import { FILE_TYPES } from '../../exports/file-types';
import { useAnnounce } from '../../ui/Announcer';
import { PAGE_SIZE, Pager, counted, pageRangeText } from '../people/Pager';
import { ExpensesNav } from './ExpensesNav';
import { InvolvementDialog } from './InvolvementDialog';
import './expenses.css';

/** #/expenses/involvement: payments for taking part, which go through payroll, not expenses. */
export function InvolvementScreen() {
  const { db, platform } = useApp();
  const announce = useAnnounce();
  const [adding, setAdding] = useState(false);
  const [page, setPage] = useState(0);
  const rows = useLiveQuery(async () => {
    const payments = await db.involvementPayments.toArray();
    const people = await db.people.bulkGet(payments.map((p) => p.personId));
    const events = await db.events.bulkGet(payments.map((p) => p.eventId));
    return payments
      .map((payment, i) => ({
        paymentId: payment.id,
        payment,
        personName: people[i] ? displayName(people[i]) : 'Not on the register',
        event: { title: events[i]?.title ?? 'Deleted event', date: events[i]?.date ?? '' },
      }))
      .sort(
        (a, b) =>
          b.event.date.localeCompare(a.event.date) || a.personName.localeCompare(b.personName),
      );
  }, [db]);

  async function exportPayroll() {
    if (!rows) return;
    try {
      const csv = payrollCsv(rows);
      const saved = await platform.saveFile({
        suggestedName: `involvement-payments-${localDate(new Date())}.csv`,
        type: FILE_TYPES.csv,
        data: csv.text,
      });
      if (saved.saved)
        announce(`Exported ${counted(csv.rows, ['payment', 'payments'])} for payroll.`);
      else if (saved.error) announce(saved.error, 'error');
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  return (
    <section aria-labelledby="involvement-title">
      <div className="page-header">
        <h1 id="involvement-title">Involvement payments</h1>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Record a payment
        </button>
      </div>
      <ExpensesNav current="involvement" />
      <p>
        Payments for taking part are taxable and go through payroll, so they are kept apart from
        expense claims. A person may decline: that choice is recorded at £0 and never exported.
      </p>
      {rows === undefined ? (
        <p aria-busy="true">Loading payments…</p>
      ) : rows.length === 0 ? (
        <div className="empty-state">
          <h2>No involvement payments yet</h2>
          <p>Record one for each person who took part, or that they declined it.</p>
        </div>
      ) : (
        <>
          <button type="button" className="button button--secondary" onClick={exportPayroll}>
            Export CSV for payroll
          </button>
          <p>{pageRangeText(page, rows.length, ['payment', 'payments'])}</p>
          <table className="expenses-table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Event</th>
                <th scope="col">Date</th>
                <th scope="col">How long</th>
                <th scope="col" className="number">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((row) => (
                <tr key={row.paymentId}>
                  <th scope="row">{row.personName}</th>
                  <td>{row.event.title}</td>
                  <td>{row.event.date}</td>
                  <td>{INVOLVEMENT_DURATION_LABELS[row.payment.duration]}</td>
                  <td className="number">
                    {row.payment.declined
                      ? 'Declined (£0.00)'
                      : formatPence(row.payment.amountPence)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} total={rows.length} label="Payment pages" onPage={setPage} />
        </>
      )}
      {adding && <InvolvementDialog onClose={() => setAdding(false)} />}
    </section>
  );
}
