import type { MeasureChange } from '../../../domain/surveys/change-report';
import { findInstrument } from '../../../domain/surveys/instruments';
import { meanText, percentText } from '../figure-text';
import { BarChart } from './BarChart';

/** Before and after bars per measure: % meeting the threshold where there is one, else the mean. */
export function ChangeCharts({
  changes,
  before,
  after,
}: {
  changes: MeasureChange[];
  before: string;
  after: string;
}) {
  const shown = changes.filter((c) => c.pairs.status === 'shown');
  if (shown.length === 0) return <p>Too few people have answered both waves to draw charts.</p>;
  return (
    <section aria-labelledby="change-charts-title" className="settings-block">
      <h2 id="change-charts-title">Charts</h2>
      {shown.map((change) => {
        const instrument = findInstrument(change.instrumentId);
        if (change.threshold) {
          const { rule } = change.threshold;
          return (
            <BarChart
              key={change.instrumentId}
              title={`${change.measure}: ${rule.label}`}
              bars={[
                {
                  label: before,
                  figure: change.threshold.before,
                  text: percentText(change.threshold.before),
                },
                {
                  label: after,
                  figure: change.threshold.after,
                  text: percentText(change.threshold.after),
                  second: true,
                },
              ]}
            />
          );
        }
        const max = instrument?.range.max ?? 100;
        const decimals = instrument?.decimals ?? 1;
        return (
          <BarChart
            key={change.instrumentId}
            title={`${change.measure}: mean score (out of ${max})`}
            max={max}
            bars={[
              {
                label: before,
                figure: change.meanBaseline,
                text: meanText(change.meanBaseline, decimals),
              },
              {
                label: after,
                figure: change.meanFollowUp,
                text: meanText(change.meanFollowUp, decimals),
                second: true,
              },
            ]}
          />
        );
      })}
    </section>
  );
}
