import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { routeHref } from '../../../app/routes';
import { formatLongDate, localDate } from '../../../domain/dates';
import { parsePeriod, periodKey } from '../../../domain/reports/period';
import { matchesQuery, searchWords } from '../../../domain/text';
import { SelectField, TextField } from '../../../ui/Field';
import './reports.css';

const RECENT_EVENTS = 200;

/** Choose what to report on: an event, a taskforce, or a year or period. */
export function ReportPickers() {
  const { db } = useApp();
  const [query, setQuery] = useState('');
  const events = useLiveQuery(async () => {
    const [first] = searchWords(query);
    if (first === undefined)
      return db.events.orderBy('date').reverse().limit(RECENT_EVENTS).toArray();
    const found = await db.events.where('words').startsWith(first).distinct().toArray();
    return found
      .filter((e) => matchesQuery(e.words, query))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .slice(0, RECENT_EVENTS);
  }, [db, query]);
  const taskforces = useLiveQuery(() => db.taskforces.orderBy('name').toArray(), [db]);
  const thisYear = localDate(new Date()).slice(0, 4);
  const [eventId, setEventId] = useState('');
  const [taskforceId, setTaskforceId] = useState('');
  const [from, setFrom] = useState(`${thisYear}-01-01`);
  const [to, setTo] = useState(`${thisYear}-12-31`);
  const chosenEvent = events?.some((e) => e.id === eventId) ? eventId : (events?.[0]?.id ?? '');
  const chosenTaskforce = taskforceId || taskforces?.[0]?.id || '';
  return (
    <>
      <li>
        <h2>Event report</h2>
        <p>The event, who came, the groups and their outcomes, decisions and feedback.</p>
        <TextField
          label="Find an event"
          type="search"
          hint="Type words from its title or venue; the latest events are listed first."
          value={query}
          onChange={setQuery}
        />
        {events?.length === 0 ? (
          <p className="empty-state">
            {query ? 'No events match what you typed.' : 'There are no events yet.'}
          </p>
        ) : (
          <div className="report-picker">
            <SelectField
              label="Event"
              value={chosenEvent}
              options={(events ?? []).map((e) => ({
                value: e.id,
                label: `${e.title}, ${formatLongDate(e.date)}`,
              }))}
              onChange={setEventId}
            />
            <a className="button" href={routeHref('reports', 'event', chosenEvent)}>
              Open the event report
            </a>
          </div>
        )}
      </li>
      <li>
        <h2>Taskforce progress report</h2>
        <p>Meetings held, membership over time, issues and their priority, and survey change.</p>
        {taskforces?.length === 0 ? (
          <p className="empty-state">There are no taskforces yet.</p>
        ) : (
          <div className="report-picker">
            <SelectField
              label="Taskforce"
              value={chosenTaskforce}
              options={(taskforces ?? []).map((t) => ({ value: t.id, label: t.name }))}
              onChange={setTaskforceId}
            />
            <a className="button" href={routeHref('reports', 'taskforce', chosenTaskforce)}>
              Open the progress report
            </a>
          </div>
        )}
      </li>
      <li>
        <h2>Annual participation report</h2>
        <p>Every event with its rung of the ladder, who was involved, and “you said, we did”.</p>
        <div className="report-picker">
          <TextField label="From" type="date" value={from} onChange={setFrom} />
          <TextField label="To" type="date" value={to} onChange={setTo} />
          {parsePeriod(periodKey(from, to)) ? (
            <a className="button" href={routeHref('reports', 'annual', periodKey(from, to))}>
              Open the participation report
            </a>
          ) : (
            <p className="notice notice--error">
              Enter both dates, with the “to” date on or after the “from” date.
            </p>
          )}
        </div>
      </li>
    </>
  );
}
