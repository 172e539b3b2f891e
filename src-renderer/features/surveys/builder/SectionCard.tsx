import type { Section } from '../../../domain/surveys/form';
import { QUESTION_KIND_LABELS } from '../../../domain/surveys/form';
import { findInstrument } from '../../../domain/surveys/instruments';

interface Props {
  section: Section;
  index: number;
  count: number;
  /** Errors by key within the section: "title", "questions", "questions.2.text"… */
  errors: Record<string, string>;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onAddQuestion: () => void;
  onEditQuestion: (q: number) => void;
  onMoveQuestion: (q: number, delta: -1 | 1) => void;
  onRemoveQuestion: (q: number) => void;
}

/** One section of the form being built, with buttons (not dragging) to reorder by keyboard. */
export function SectionCard(props: Props) {
  const { section, index, count, errors } = props;
  const instrument = section.instrument
    ? findInstrument(section.instrument.instrumentId)
    : undefined;
  const name = section.title.trim() || `Section ${index + 1}`;
  const headingId = `builder-section-${section.id}`;
  const sectionErrors = Object.entries(errors).filter(([key]) => !key.startsWith('questions.'));
  return (
    <section className="builder-section" aria-labelledby={headingId}>
      <div className="builder-section__header">
        <div>
          <h2 id={headingId}>{name}</h2>
          {instrument && <p className="muted">Measure: {instrument.name} (scored as published)</p>}
          {section.help && <p>{section.help}</p>}
        </div>
        <div className="survey-actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={props.onEdit}
            aria-label={`Edit section ${name}`}
          >
            Edit section
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={index === 0}
            onClick={() => props.onMove(-1)}
            aria-label={`Move section ${name} up`}
          >
            Up
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={index === count - 1}
            onClick={() => props.onMove(1)}
            aria-label={`Move section ${name} down`}
          >
            Down
          </button>
          <button
            type="button"
            className="button button--danger button--small"
            onClick={props.onRemove}
            aria-label={`Remove section ${name}`}
          >
            Remove
          </button>
        </div>
      </div>
      {sectionErrors.length > 0 && (
        <ul className="notice notice--error error-list">
          {sectionErrors.map(([key, message]) => (
            <li key={key}>{message}</li>
          ))}
        </ul>
      )}
      <ol className="builder-questions">
        {section.questions.map((question, q) => {
          const own = Object.entries(errors).filter(([key]) => key.startsWith(`questions.${q}.`));
          const label = question.text.trim() || `Question ${q + 1}`;
          return (
            <li
              key={question.id}
              className={
                own.length ? 'builder-question builder-question--invalid' : 'builder-question'
              }
            >
              <div>
                <p>
                  <strong>{label}</strong>
                </p>
                <p className="muted">
                  {QUESTION_KIND_LABELS[question.kind]}
                  {question.required ? ', required' : ', optional'}
                  {question.allowDecline ? ', can be declined' : ''}
                </p>
                {own.map(([key, message]) => (
                  <p key={key} className="field__error">
                    {message}
                  </p>
                ))}
              </div>
              <div className="survey-actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => props.onEditQuestion(q)}
                  aria-label={`Edit question ${q + 1}: ${label}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={q === 0}
                  onClick={() => props.onMoveQuestion(q, -1)}
                  aria-label={`Move question ${q + 1} up`}
                >
                  Up
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={q === section.questions.length - 1}
                  onClick={() => props.onMoveQuestion(q, 1)}
                  aria-label={`Move question ${q + 1} down`}
                >
                  Down
                </button>
                {!instrument && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => props.onRemoveQuestion(q)}
                    aria-label={`Remove question ${q + 1}`}
                  >
                    Remove
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {!instrument && (
        <button type="button" className="button button--secondary" onClick={props.onAddQuestion}>
          Add a question to {name}
        </button>
      )}
    </section>
  );
}
