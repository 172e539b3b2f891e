import type { FormDefinition } from '../../domain/surveys/form';
import { QUESTION_KIND_LABELS, choiceOptions } from '../../domain/surveys/form';

/** A version's questions as text: what the people who answered it were shown. */
export function FormPreview({
  form,
  headingLevel = 3,
}: {
  form: FormDefinition;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="form-preview">
      {form.description && <p>{form.description}</p>}
      {form.sections.map((section) => (
        <div key={section.id}>
          <Heading>{section.title}</Heading>
          {section.help && <p className="muted">{section.help}</p>}
          <ol>
            {section.questions.map((question) => {
              const options = choiceOptions(question);
              return (
                <li key={question.id}>
                  {question.text}{' '}
                  <span className="muted">
                    ({QUESTION_KIND_LABELS[question.kind]}
                    {question.required ? ', required' : ''}
                    {options ? `: ${options.map((o) => o.label).join(' / ')}` : ''})
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </div>
  );
}
