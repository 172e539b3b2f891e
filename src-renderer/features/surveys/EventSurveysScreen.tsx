import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import type { SurveyFormVersionRecord } from '../../data/surveys/records';
import { formatLongDate } from '../../domain/dates';
import { formVersionKey } from '../../domain/surveys/versioning';
import { HandOverDialog } from './HandOverDialog';

/** #/surveys/event/<eventId>: the forms to hand round at one event, and what people said. */
export function EventSurveysScreen({ eventId }: { eventId: string }) {
  const { db } = useApp();
  const [handing, setHanding] = useState<SurveyFormVersionRecord | null>(null);
  const data = useLiveQuery(async () => {
    const event = await db.events.get(eventId);
    if (!event) return null;
    const forms = await db.surveyForms.toArray();
    const versions = await db.surveyFormVersions.bulkGet(
      forms.map((f) => formVersionKey(f.id, f.latestVersion)),
    );
    const counts = await Promise.all(
      forms.map((f) =>
        db.surveyResponses.where('[eventId+formId]').equals([eventId, f.id]).count(),
      ),
    );
    const rows = versions.flatMap((v, i) => (v ? [{ version: v, count: counts[i] ?? 0 }] : []));
    rows.sort((a, b) => a.version.title.localeCompare(b.version.title, 'en-GB'));
    return { event, rows };
  }, [db, eventId]);

  if (data === undefined) return <p aria-busy="true">Loading…</p>;
  if (data === null) {
    return <NotFound what="Event" backHref={routeHref('events')} backLabel="← All events" />;
  }
  const { event, rows } = data;
  return (
    <section aria-labelledby="event-surveys-title">
      <p>
        <a href={routeHref('events')}>← All events</a>
      </p>
      <h1 id="event-surveys-title">
        Feedback and surveys: {event.title}, {formatLongDate(event.date)}
      </h1>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>
            No forms yet. <a href={routeHref('surveys')}>Create one under Surveys</a>.
          </p>
        </div>
      ) : (
        <ul className="survey-list">
          {rows.map(({ version, count }) => (
            <li key={version.formId} className="survey-list__item">
              <div>
                <h2>{version.title}</h2>
                <p className="muted">
                  {count} {count === 1 ? 'response' : 'responses'} at this event
                </p>
              </div>
              <div className="survey-actions">
                <button
                  type="button"
                  className="button"
                  aria-label={`Hand to participant: ${version.title}`}
                  onClick={() => setHanding(version)}
                >
                  Hand to participant
                </button>
                {version.purpose === 'feedback' && count > 0 && (
                  <a
                    className="button button--secondary"
                    href={routeHref('surveys', 'feedback', version.formId, eventId)}
                  >
                    Feedback summary
                  </a>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {handing && (
        <HandOverDialog form={handing} eventId={eventId} onClose={() => setHanding(null)} />
      )}
    </section>
  );
}
