import { formatLongDate } from '../../../domain/dates';
import type { FeedbackSummary } from '../../../domain/surveys/feedback-summary';
import type { DecisionSummary } from '../../../domain/voting/outcome';
import { SUPPRESSION_NOTE, figureText, percentText } from '../../../exports/report-kit';

export function DecisionsPreview({ decisions }: { decisions: readonly DecisionSummary[] }) {
  return (
    <>
      <h2>Decisions</h2>
      {decisions.length === 0 && (
        <p className="empty-state">No decisions were recorded at this event.</p>
      )}
      {decisions.map((d) => (
        <div key={`${d.title}|${d.decidedOn}`}>
          <h3>{d.title}</h3>
          <table className="report-table">
            <caption>Rounds held</caption>
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Method and rule</th>
                <th scope="col">Votes</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {d.rounds.map((r) => (
                <tr key={r.number}>
                  <th scope="row">{r.number}</th>
                  <td>
                    {r.method}
                    {r.anonymous && ' (anonymous)'}: {r.rule}
                  </td>
                  <td>{r.voters}</td>
                  <td>{r.result}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <strong>Outcome:</strong> {d.statement}
          </p>
          <p>
            <strong>Dissent noted:</strong> {d.dissent || 'None recorded.'} Review on{' '}
            {formatLongDate(d.reviewDate)}.
          </p>
        </div>
      ))}
    </>
  );
}

export function FeedbackPreview({ feedback }: { feedback: readonly FeedbackSummary[] }) {
  return (
    <>
      <h2>Feedback</h2>
      {feedback.length === 0 && <p className="empty-state">No feedback was given at this event.</p>}
      {feedback.map((summary) => (
        <div key={summary.formId}>
          <h3>{summary.title}</h3>
          <p>
            Responses: <strong>{figureText(summary.respondents)}</strong>. {SUPPRESSION_NOTE}
          </p>
          {summary.questions.map((q) => (
            <table className="report-table" key={q.questionId}>
              <caption>{q.text}</caption>
              <thead>
                <tr>
                  <th scope="col">Answer</th>
                  <th scope="col">People</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {'options' in q &&
                  q.options.map((o) => (
                    <tr key={o.optionId}>
                      <th scope="row">{o.label}</th>
                      <td>{figureText(o.count)}</td>
                      <td>{percentText(o.percent)}</td>
                    </tr>
                  ))}
                {'texts' in q &&
                  q.texts.map((t, i) => (
                    <tr key={`${i}|${t}`}>
                      <td colSpan={3}>{t}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ))}
        </div>
      ))}
    </>
  );
}
