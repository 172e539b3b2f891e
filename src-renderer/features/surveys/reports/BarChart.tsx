import type { Figure } from '../../../domain/surveys/figures';

export interface Bar {
  label: string;
  figure: Figure;
  /** What is written beside the bar: "12 (40%)", "hidden (fewer than 5 people)". */
  text: string;
  /** Draw with the second colour (e.g. follow-up beside baseline). */
  second?: boolean;
}

/**
 * Horizontal bars on a 0–max scale, drawn as plain SVG. The bars are decoration: every figure
 * is written beside its bar, so screen readers and printouts get the numbers as text.
 */
export function BarChart({ title, bars, max = 100 }: { title: string; bars: Bar[]; max?: number }) {
  return (
    <figure className="survey-chart">
      <figcaption>{title}</figcaption>
      <ul className="bar-chart">
        {bars.map((bar, index) => {
          const value =
            bar.figure.status === 'shown' ? Math.max(0, Math.min(bar.figure.value, max)) : 0;
          return (
            <li key={`${bar.label}-${index}`}>
              <span>
                {bar.label}: <strong>{bar.text}</strong>
              </span>
              <svg
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect className="bar-chart__track" x="0" y="2" width="100" height="6" />
                <rect
                  className={bar.second ? 'bar-chart__bar bar-chart__bar--after' : 'bar-chart__bar'}
                  x="0"
                  y="0"
                  width={(100 * value) / max}
                  height="10"
                />
              </svg>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
