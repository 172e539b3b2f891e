import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../../app/app-context';
import { NotFound } from '../../../app/NotFound';
import { routeHref } from '../../../app/routes';
import { formLookupFor } from '../../../data/surveys/queries';
import { formatLongDate } from '../../../domain/dates';
import { feedbackSummary } from '../../../domain/surveys/feedback-summary';
import { formVersionKey } from '../../../domain/surveys/versioning';
import { useAnnounce } from '../../../ui/Announcer';
import { SelectField } from '../../../ui/Field';
import { countText } from '../figure-text';
import { QuestionSummaryView } from './QuestionSummaryView';
import { saveFeedbackPdf } from './report-exports';

/** #/surveys/feedback/<formId>/<eventId>: what people said about one event. */
export function FeedbackSummaryScreen({ formId, eventId }: { formId: string; eventId: string }) {
  const { db, platform } = useApp();
  const announce = useAnnounce();
  const data = useLiveQuery(async () => {
    const form = await db.surveyForms.get(formId);
    if (!form) return null;
    const latest = await db.surveyFormVersions.get(formVersionKey(formId, form.latestVersion));
    if (!latest) return null;
    const eventIds = new Set<string>();
    await db.surveyResponses
      .where('formId')
      .equals(formId)
      .each((r) => eventIds.add(r.eventId));
    const events = (await db.events.bulkGet([...eventIds])).flatMap((e) => (e ? [e] : []));
    events.sort((a, b) => (a.date < b.date ? 1 : -1));
    const responses = eventId
      ? await db.surveyResponses.where('[eventId+formId]').equals([eventId, formId]).toArray()
      : [];
    const { lookup } = await formLookupFor(db, [formId]);
    return { latest, events, summary: eventId ? feedbackSummary(latest, responses, lookup) : null };
  }, [db, formId, eventId]);

  if (data === undefined) return <p aria-busy="true">Loading the feedback…</p>;
  if (data === null)
    return <NotFound what="Form" backHref={routeHref('surveys')} backLabel="← All forms" />;
  const { latest, events, summary } = data;
  const event = events.find((e) => e.id === eventId);
  return (
    <section aria-labelledby="feedback-title">
      <p>
        <a href={routeHref('surveys', 'form', formId)}>← Back to the form</a>
      </p>
      <div className="page-header">
        <h1 id="feedback-title">Feedback summary: {latest.title}</h1>
        {summary && event && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void saveFeedbackPdf(platform, summary, event, announce)}
          >
            Save as PDF
          </button>
        )}
      </div>
      {events.length === 0 ? (
        <div className="empty-state">
          <p>Nobody has answered this form at any event yet.</p>
        </div>
      ) : (
        <SelectField
          label="Event"
          value={eventId}
          options={[
            { value: '', label: 'Choose an event' },
            ...events.map((e) => ({ value: e.id, label: `${e.title}, ${formatLongDate(e.date)}` })),
          ]}
          onChange={(id) =>
            window.location.replace(routeHref('surveys', 'feedback', formId, ...(id ? [id] : [])))
          }
        />
      )}
      {summary && (
        <>
          <p className="facts">
            Responses: <strong>{countText(summary.respondents)}</strong>
            {summary.versions.length > 1 && ` (answering versions ${summary.versions.join(', ')})`}.
            Figures resting on fewer than 5 people are hidden so nobody can be picked out.
          </p>
          {summary.questions.map((question) => (
            <QuestionSummaryView key={question.questionId} summary={question} />
          ))}
        </>
      )}
    </section>
  );
}
