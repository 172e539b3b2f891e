import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { removeLine } from '../../data/expenses/line-commands';
import { newId } from '../../data/ids';
import { describeStorageError } from '../../data/storage-errors';
import { CATEGORY_LABELS, EXPENSE_CATEGORIES } from '../../domain/expenses/categories';
import { claimTotals } from '../../domain/expenses/claim';
import type { ClaimLine } from '../../domain/expenses/lines';
import { formatPence } from '../../domain/expenses/money';
import { lineSummary, lineWorking } from '../../exports/expense-text';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { LineDialog } from './LineDialog';
import { ReceiptList } from './ReceiptList';
import type { LineForm } from './line-form';
import { emptyLineForm, lineFormOf } from './line-form';
import type { ClaimData } from './use-claim-data';

type Open =
  | { kind: 'none' }
  | { kind: 'edit'; form: LineForm; isNew: boolean }
  | { kind: 'remove'; line: ClaimLine };

/** The claim's costs, their receipts, subtotals and total. */
export function LinesSection({ data }: { data: ClaimData }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const { claim } = data;
  const draft = claim.status === 'draft';
  const totals = claimTotals(claim.lines);
  const close = () => setOpen({ kind: 'none' });

  async function remove(line: ClaimLine) {
    close();
    try {
      const result = await removeLine(db, claim.id, line.id, commandContext());
      announce(
        result.ok ? 'Cost removed.' : 'The cost could not be removed.',
        result.ok ? 'success' : 'error',
      );
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  return (
    <section aria-labelledby="lines-title" className="settings-block">
      <div className="section-header">
        <h2 id="lines-title">Costs</h2>
        {draft && (
          <button
            type="button"
            className="button"
            onClick={() =>
              setOpen({
                kind: 'edit',
                form: emptyLineForm(newId(), data.event?.date ?? ''),
                isNew: true,
              })
            }
          >
            Add a cost
          </button>
        )}
      </div>
      {claim.lines.length === 0 ? (
        <p>No costs yet. Add each journey or cost on its own line, with its receipt.</p>
      ) : (
        <ol className="claim-lines">
          {claim.lines.map((line) => (
            <li key={line.id} className="claim-line">
              <div className="claim-line__head">
                <div>
                  <h3 className="claim-line__title">{lineSummary(line)}</h3>
                  <p>
                    {line.date}
                    {lineWorking(line) && ` · ${lineWorking(line)}`}
                  </p>
                </div>
                <p className="claim-line__amount">{formatPence(line.amountPence)}</p>
              </div>
              <ReceiptList
                claimId={claim.id}
                line={line}
                receipts={data.receipts}
                editable={draft}
              />
              {draft && (
                <div className="claim-line__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setOpen({ kind: 'edit', form: lineFormOf(line), isNew: false })}
                  >
                    Edit <span className="visually-hidden">{lineSummary(line)}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--danger button--small"
                    onClick={() => setOpen({ kind: 'remove', line })}
                  >
                    Remove <span className="visually-hidden">{lineSummary(line)}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {claim.lines.length > 0 && (
        <table className="expenses-table subtotals">
          <caption>Subtotals</caption>
          <tbody>
            {EXPENSE_CATEGORIES.filter((c) => totals.byCategory[c] > 0).map((c) => (
              <tr key={c}>
                <th scope="row">{CATEGORY_LABELS[c]}</th>
                <td className="number">{formatPence(totals.byCategory[c])}</td>
              </tr>
            ))}
            <tr className="subtotals__total">
              <th scope="row">Total</th>
              <td className="number">{formatPence(totals.totalPence)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {open.kind === 'edit' && (
        <LineDialog
          claim={claim}
          initial={open.form}
          isNew={open.isNew}
          policies={data.policies}
          onClose={close}
        />
      )}
      {open.kind === 'remove' && (
        <ConfirmDialog
          title="Remove this cost?"
          message={
            <p>
              {lineSummary(open.line)}, {formatPence(open.line.amountPence)}, and its receipts will
              be removed from the claim.
            </p>
          }
          confirmLabel="Remove cost"
          onConfirm={() => remove(open.line)}
          onCancel={close}
        />
      )}
    </section>
  );
}
