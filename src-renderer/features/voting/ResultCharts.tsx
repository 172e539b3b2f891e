import { useId } from 'react';
import type { Bar, RankedOption, Tally } from '../../domain/voting/tally';
import { percent, plural } from './voting-text';

/**
 * A bar per point of the scale, every point drawn (a zero is a result too). The numbers are
 * text beside each bar, so screen readers and the back of the room read the same figures.
 */
export function DistributionChart<V extends string | number>({
  bars,
  caption,
}: {
  bars: readonly Bar<V>[];
  caption: string;
}) {
  const captionId = useId();
  const highest = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <ul className="chart__bars">
        {bars.map((bar) => (
          <li key={String(bar.value)} className="chart__row" data-count={bar.count}>
            <span className="chart__label">{bar.label}</span>
            <Track fraction={bar.count / highest} />
            <span className="chart__value">
              {plural(bar.count, 'vote', 'votes')} ({percent(bar.share)})
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Dot voting: options by total dots, near-ties shown with the same rank and marked as ties. */
export function RankingChart({
  ranking,
  caption,
}: {
  ranking: readonly RankedOption[];
  caption: string;
}) {
  const captionId = useId();
  const highest = Math.max(1, ...ranking.map((entry) => entry.dots));
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <ol className="chart__bars">
        {ranking.map((entry) => (
          <li key={entry.optionId} className="chart__row" data-rank={entry.rank}>
            <span className="chart__label">
              <span className="chart__rank">{rankText(entry)}</span> {entry.label}
            </span>
            <Track fraction={entry.dots / highest} />
            <span className="chart__value">
              {plural(entry.dots, 'dot', 'dots')} ({percent(entry.share)}) from{' '}
              {plural(entry.voters, 'person', 'people')}
              {entry.tied && <strong> — tied</strong>}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** "1st", or "=2nd" for a (near-)tie, as league tables print it. */
export function rankText(entry: Pick<RankedOption, 'rank' | 'tied'>): string {
  return `${entry.tied ? '=' : ''}${ordinal(entry.rank)}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function Track({ fraction }: { fraction: number }) {
  const width = Math.max(0, Math.min(100, fraction * 100));
  return (
    <svg
      className="chart__track"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="chart__bar" x="0" y="0" width={width} height="10" />
    </svg>
  );
}

/** The chart that fits the tally's method. */
export function TallyChart({ tally, caption }: { tally: Tally; caption: string }) {
  switch (tally.method) {
    case 'dots':
      return <RankingChart ranking={tally.ranking} caption={caption} />;
    case 'gradients':
      return <DistributionChart bars={tally.distribution} caption={caption} />;
    case 'fist-to-five':
      return <DistributionChart bars={tally.distribution} caption={caption} />;
    case 'thumbs':
      return <DistributionChart bars={tally.distribution} caption={caption} />;
    case 'consent':
      return <DistributionChart bars={tally.distribution} caption={caption} />;
  }
}
