import type { QuestionSummary } from '../../../domain/surveys/feedback-summary';
import { countText, meanText, percentText } from '../figure-text';
import { BarChart } from './BarChart';

/** One question's figures: counts and percentages with bars, the mean, or the answers typed. */
export function QuestionSummaryView({ summary }: { summary: QuestionSummary }) {
  return (
    <section className="settings-block" aria-label={summary.text}>
      <h2>{summary.text}</h2>
      <p>
        Answered: {countText(summary.answered)}. Preferred not to answer:{' '}
        {countText(summary.declined)}.
      </p>
      {summary.kind === 'agreement-scale' && (
        <p>
          <strong>{percentText(summary.agreeing)}</strong> agreed or strongly agreed.
        </p>
      )}
      {summary.kind === 'scale-0-10' && (
        <p>
          Average: <strong>{meanText(summary.mean, 1)}</strong> out of 10.
        </p>
      )}
      {'options' in summary && (
        <BarChart
          title={`Answers to “${summary.text}”`}
          bars={summary.options.map((o) => ({
            label: o.label,
            figure: o.percent,
            text:
              o.count.status === 'shown'
                ? `${countText(o.count)} (${percentText(o.percent)})`
                : countText(o.count),
          }))}
        />
      )}
      {'texts' in summary &&
        (summary.texts.length === 0 ? (
          <p>No answers typed.</p>
        ) : (
          <ul className="free-text-list">
            {summary.texts.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        ))}
    </section>
  );
}
