import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { routeHref } from '../../../app/routes';
import { loadDueWaves } from '../../../data/surveys/queries';
import { formatLongDate, localDate } from '../../../domain/dates';
import { displayName } from '../../../domain/people/person';
import type { WaveStatus } from '../../../domain/surveys/waves';
import { SelectField } from '../../../ui/Field';
import { PAGE_SIZE, Pager, pageRangeText } from '../../people/Pager';
import { scheduleFor } from '../../../data/surveys/schedule-commands';
import { SurveysNav } from '../SurveysNav';
import { WaveScheduleDialog } from './WaveScheduleDialog';

const STATUS_LABELS: Record<WaveStatus, string> = {
  due: 'Due',
  overdue: 'Overdue',
  missed: 'Missed',
};
type Filter = WaveStatus | 'open';

/** #/surveys/due: who in a taskforce should be asked for which survey wave, today. */
export function DueScreen() {
  const { db } = useApp();
  const taskforces = useLiveQuery(() => db.taskforces.orderBy('name').toArray(), [db]);
  const [chosen, setChosen] = useState('');
  const [filter, setFilter] = useState<Filter>('open');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState(false);
  const taskforceId = chosen || taskforces?.[0]?.id || '';
  const today = localDate(new Date());
  const due = useLiveQuery(
    async () => (taskforceId ? loadDueWaves(db, taskforceId, today) : []),
    [db, taskforceId, today],
  );
  const listed = (due ?? []).filter((d) =>
    filter === 'open' ? d.status !== 'missed' : d.status === filter,
  );
  const shown = listed.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const schedule = useLiveQuery(
    async () => (taskforceId ? scheduleFor(db, taskforceId) : undefined),
    [db, taskforceId],
  );
  const taskforce = taskforces?.find((t) => t.id === taskforceId);
  const names = useLiveQuery(async () => {
    const people = await db.people.bulkGet(shown.map((d) => d.participantId));
    return new Map(people.flatMap((p) => (p ? [[p.id, displayName(p)] as const] : [])));
  }, [db, shown.map((d) => d.participantId).join(',')]);

  return (
    <section aria-labelledby="due-title">
      <div className="page-header">
        <h1 id="due-title">Who is due a survey</h1>
      </div>
      <SurveysNav current="due" />
      <p>
        Everyone in a taskforce answers a baseline survey when they join, then follow-ups counted
        from the day they did the baseline. Hand them the survey form at an event where they are
        checked in.
      </p>
      {taskforces === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : taskforces.length === 0 ? (
        <div className="empty-state">
          <p>No taskforces yet.</p>
        </div>
      ) : (
        <>
          <div className="field-row">
            <SelectField
              label="Taskforce"
              value={taskforceId}
              options={taskforces.map((t) => ({ value: t.id, label: t.name }))}
              onChange={(id) => {
                setChosen(id);
                setPage(0);
              }}
            />
            <SelectField<Filter>
              label="Show"
              value={filter}
              options={[
                { value: 'open', label: 'Due and overdue' },
                { value: 'due', label: 'Due' },
                { value: 'overdue', label: 'Overdue' },
                { value: 'missed', label: 'Missed (window closed)' },
              ]}
              onChange={(value) => {
                setFilter(value);
                setPage(0);
              }}
            />
          </div>
          {due === undefined ? (
            <p aria-busy="true">Working out who is due…</p>
          ) : (
            <>
              <p role="status">
                {pageRangeText(page, listed.length, ['survey to ask for', 'surveys to ask for'])}
              </p>
              {listed.length > 0 && (
                <div className="survey-table-wrap">
                  <table className="survey-table">
                    <caption>Surveys to ask for, by due date</caption>
                    <thead>
                      <tr>
                        <th scope="col">Person</th>
                        <th scope="col">Wave</th>
                        <th scope="col">Due</th>
                        <th scope="col">Can be answered until</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((d) => (
                        <tr key={`${d.participantId}-${d.waveId}`}>
                          <th scope="row">
                            <a href={routeHref('people', d.participantId)}>
                              {names?.get(d.participantId) ?? 'Loading…'}
                            </a>
                          </th>
                          <td>{d.label}</td>
                          <td>{formatLongDate(d.dueDate)}</td>
                          <td>{formatLongDate(d.closesOn)}</td>
                          <td>{STATUS_LABELS[d.status]}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <Pager page={page} total={listed.length} label="Due survey pages" onPage={setPage} />
            </>
          )}
          {schedule && (
            <section aria-labelledby="waves-title" className="settings-block">
              <h2 id="waves-title">Survey waves</h2>
              <p>
                {schedule.waves
                  .map((w) =>
                    w.monthsAfterBaseline === 0
                      ? w.label
                      : `${w.label} (${w.monthsAfterBaseline} months)`,
                  )
                  .join(', ')}
                . Each can be answered from {schedule.opensDaysBefore} days before it is due until{' '}
                {schedule.closesDaysAfter} days after.
              </p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setEditing(true)}
              >
                Change the waves
              </button>
            </section>
          )}
          {editing && schedule && taskforce && (
            <WaveScheduleDialog
              taskforceId={taskforce.id}
              taskforceName={taskforce.name}
              schedule={schedule}
              onClose={() => setEditing(false)}
            />
          )}
        </>
      )}
    </section>
  );
}
