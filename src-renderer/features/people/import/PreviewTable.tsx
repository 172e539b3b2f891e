import type { ImportDecision, ImportDecisions, ImportRow } from '../../../domain/people/csv-import';
import { ROW_STATE_LABELS, problemTexts, rowState } from './preview-rows';

interface Props {
  rows: ImportRow[];
  decisions: ImportDecisions;
  onFix: (row: ImportRow) => void;
  /** undefined clears the decision, so the row follows its status again. */
  onDecide: (row: ImportRow, decision: ImportDecision | undefined) => void;
}

/** One page of the preview: what each row becomes, its problems, and what to do about it. */
export function PreviewTable({ rows, decisions, onFix, onDecide }: Props) {
  return (
    <div className="table-scroll">
      <table className="people-table" aria-labelledby="preview-table-title">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
            <th scope="col">Status</th>
            <th scope="col">Problems</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const decision = decisions[row.rowNumber];
            const state = rowState(row, decision);
            const problems = problemTexts(row);
            const label = `row ${row.rowNumber}`;
            return (
              <tr key={row.rowNumber} data-row={row.rowNumber}>
                <th scope="row">Row {row.rowNumber}</th>
                <td>{row.input.name}</td>
                <td>{row.input.email}</td>
                <td>{row.input.phone}</td>
                <td>
                  <span
                    className={
                      state === 'problem' ? 'status-text status-text--error' : 'status-text'
                    }
                  >
                    {ROW_STATE_LABELS[state]}
                  </span>
                  {row.fixed && <div className="muted">Corrected</div>}
                </td>
                <td>
                  {problems.length > 0 && (
                    <ul className="problem-list">
                      {problems.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  )}
                  {row.duplicateMessage && <p>{row.duplicateMessage}</p>}
                </td>
                <td>
                  <div className="row-actions">
                    {(row.status !== 'ok' || row.fixed) && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => onFix(row)}
                      >
                        Fix<span className="visually-hidden"> {label}</span>
                      </button>
                    )}
                    {row.status === 'duplicate' && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => onDecide(row, decision === 'import' ? undefined : 'import')}
                      >
                        {decision === 'import' ? 'Leave out' : 'Import anyway'}
                        <span className="visually-hidden"> ({label})</span>
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => onDecide(row, decision === 'skip' ? undefined : 'skip')}
                    >
                      {decision === 'skip' ? 'Undo skip' : 'Skip'}
                      <span className="visually-hidden"> {label}</span>
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
