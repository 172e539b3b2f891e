import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp } from '../../../app/app-context';
import { describeStorageError } from '../../../data/storage-errors';
import { submitResponse } from '../../../data/surveys/response-commands';
import type { Answer, Answers } from '../../../domain/surveys/answers';
import { allQuestions } from '../../../domain/surveys/form';
import { RESPONSE_ERROR_KEY, validateResponse } from '../../../domain/surveys/response';
import type { FormVersion } from '../../../domain/surveys/versioning';
import { QuestionInput } from './QuestionInput';

interface Props {
  form: FormVersion;
  eventId: string;
  participantId: string | null;
  waveId: string;
  easyRead: boolean;
  onSubmitted: () => void;
}

/**
 * The form as the participant fills it in: every section on one page, or in easy read one
 * question per screen. Problems are shown at each question (validateResponse), and nothing is
 * stored until the whole form is right.
 */
export function KioskForm({ form, eventId, participantId, waveId, easyRead, onSubmitted }: Props) {
  const { db, commandContext } = useApp();
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [step, setStep] = useState(0);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const ref = useRef<HTMLFormElement>(null);
  const questions = allQuestions(form);
  const current = questions[Math.min(step, questions.length - 1)];

  useEffect(() => {
    if (attempt === 0) return;
    const root = ref.current;
    (
      root?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      root?.querySelector<HTMLElement>('[data-form-error]')
    )?.focus();
  }, [attempt]);

  const setAnswer = useCallback((questionId: string, answer: Answer | undefined) => {
    setAnswers((all) => {
      const others = Object.entries(all).filter(([id]) => id !== questionId);
      return Object.fromEntries(answer ? [...others, [questionId, answer]] : others);
    });
    setErrors((e) => (e[questionId] === undefined ? e : { ...e, [questionId]: undefined }));
  }, []);

  const check = () =>
    validateResponse(form, { formId: form.formId, formVersion: form.version, answers });

  function next() {
    if (!current) return;
    const checked = check();
    const problem = checked.ok ? undefined : checked.errors[current.id];
    setErrors({ [current.id]: problem });
    if (problem) setAttempt((n) => n + 1);
    else setStep((s) => Math.min(s + 1, questions.length - 1));
  }

  async function send() {
    const checked = check();
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = questions.findIndex((q) => checked.errors[q.id]);
      if (first >= 0) setStep(first);
      setAttempt((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const input = {
        formId: form.formId,
        formVersion: form.version,
        answers,
        eventId,
        participantId,
        waveId,
      };
      const result = await submitResponse(db, input, commandContext());
      if (result.ok) onSubmitted();
      else {
        setErrors('errors' in result ? result.errors : { [RESPONSE_ERROR_KEY]: result.conflict });
        setAttempt((n) => n + 1);
      }
    } catch (error) {
      setErrors({ [RESPONSE_ERROR_KEY]: describeStorageError(error) });
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  const formError = errors[RESPONSE_ERROR_KEY];
  const last = step >= questions.length - 1;
  return (
    <form
      ref={ref}
      className="kiosk-form"
      noValidate
      aria-label={form.title}
      onSubmit={(e) => {
        e.preventDefault();
        if (easyRead && !last) next();
        else void send();
      }}
    >
      {!easyRead && form.description && <p className="kiosk-intro">{form.description}</p>}
      {easyRead && current ? (
        <>
          <p className="kiosk-progress">
            Question {Math.min(step, questions.length - 1) + 1} of {questions.length}
          </p>
          <QuestionInput
            key={current.id}
            question={current}
            answer={answers[current.id]}
            error={errors[current.id]}
            easyRead
            onAnswer={setAnswer}
          />
        </>
      ) : (
        form.sections.map((section) => (
          <section
            key={section.id}
            className="kiosk-section"
            aria-labelledby={`kiosk-section-${section.id}`}
          >
            <h2 id={`kiosk-section-${section.id}`}>{section.title}</h2>
            {section.help && <p className="kiosk-help">{section.help}</p>}
            {section.questions.map((question) => (
              <QuestionInput
                key={question.id}
                question={question}
                answer={answers[question.id]}
                error={errors[question.id]}
                easyRead={false}
                onAnswer={setAnswer}
              />
            ))}
          </section>
        ))
      )}
      {formError && (
        <p className="notice notice--error" role="alert" tabIndex={-1} data-form-error>
          {formError}
        </p>
      )}
      {!easyRead && Object.values(errors).some(Boolean) && !formError && (
        <p className="notice notice--error" role="alert">
          Some answers need another look. They are marked above.
        </p>
      )}
      <div className="kiosk-actions">
        {easyRead && step > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setStep((s) => s - 1)}
          >
            Back
          </button>
        )}
        <button type="submit" className="button" disabled={saving}>
          {easyRead && !last ? 'Next' : 'Send my answers'}
        </button>
      </div>
    </form>
  );
}
