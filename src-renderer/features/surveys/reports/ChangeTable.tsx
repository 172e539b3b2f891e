import type { MeasureChange } from '../../../domain/surveys/change-report';
import { findInstrument } from '../../../domain/surveys/instruments';
import { countText, meanText, percentText } from '../figure-text';

/** Every measure in one table: the figures the charts draw, as text. */
export function ChangeTable({
  changes,
  before,
  after,
}: {
  changes: MeasureChange[];
  before: string;
  after: string;
}) {
  return (
    <div className="survey-table-wrap">
      <table className="survey-table">
        <caption>
          Change from {before} to {after}, per measure
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="number">
              People (pairs)
            </th>
            <th scope="col" className="number">
              Mean at {before}
            </th>
            <th scope="col" className="number">
              Mean at {after}
            </th>
            <th scope="col" className="number">
              Mean change
            </th>
            <th scope="col" className="number">
              Improved
            </th>
            <th scope="col">Threshold: before → after</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => {
            const decimals = findInstrument(change.instrumentId)?.decimals ?? 1;
            return (
              <tr key={change.instrumentId}>
                <th scope="row">
                  {change.measure}
                  <br />
                  <span className="muted">{change.name}</span>
                </th>
                <td className="number">{countText(change.pairs)}</td>
                <td className="number">{meanText(change.meanBaseline, decimals)}</td>
                <td className="number">{meanText(change.meanFollowUp, decimals)}</td>
                <td className="number">{meanText(change.meanChange, decimals, true)}</td>
                <td className="number">{percentText(change.improved)}</td>
                <td>
                  {change.threshold
                    ? `${change.threshold.rule.label}: ${percentText(change.threshold.before)} → ${percentText(change.threshold.after)}`
                    : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
