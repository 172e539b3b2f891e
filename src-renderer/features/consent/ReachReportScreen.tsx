import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { TwoFeetDb } from '../../data/db';
import { localDate } from '../../domain/dates';
import { effectiveAttendance } from '../../domain/people/attendance';
import { taskforceRoster } from '../../domain/people/membership';
import { reachReport } from '../../domain/people/reach-report';
import type { ReachTable } from '../../domain/people/reach-report';
import { suppressionNote } from '../../domain/people/suppression';
import { SelectField } from '../../ui/Field';
import { ETHNICITY_DETAIL_WITHHELD, ethnicityDetailAllowed } from './reach-detail';
import './consent.css';

type Level = 'group' | 'category';

/** "taskforce:<id>" or "event:<id>" → the people in scope. */
async function peopleInScope(db: TwoFeetDb, scope: string, today: string): Promise<string[]> {
  const [kind, id = ''] = scope.split(':');
  if (kind === 'taskforce') {
    const memberships = await db.memberships.where('taskforceId').equals(id).toArray();
    return taskforceRoster(memberships, id, today).current.map((m) => m.personId);
  }
  if (kind === 'event') {
    const attendance = await db.attendance.where('eventId').equals(id).toArray();
    return effectiveAttendance(attendance)
      .filter((a) => a.status === 'checked-in')
      .map((a) => a.personId);
  }
  return [];
}

/** #/people/reach: equality monitoring as totals only, with small counts hidden. Never names. */
export function ReachReportScreen() {
  const { db } = useApp();
  const today = localDate(new Date());
  const [scope, setScope] = useState('');
  const [level, setLevel] = useState<Level>('group');
  const choices = useLiveQuery(async () => {
    const [taskforces, events] = await Promise.all([
      db.taskforces.orderBy('name').toArray(),
      db.events.orderBy('date').reverse().toArray(),
    ]);
    return { taskforces, events };
  }, [db]);
  const report = useLiveQuery(async () => {
    if (!scope) return null;
    const ids = await peopleInScope(db, scope, today);
    const responses = await db.equalityResponses.where('personId').anyOf(ids).toArray();
    const detailAllowed = ethnicityDetailAllowed(responses, ids);
    const ethnicityLevel = detailAllowed ? level : 'group';
    return { ...reachReport(responses, ids, { ethnicityLevel }), detailAllowed };
  }, [db, scope, today, level]);

  const options = [
    { value: '', label: 'Choose a taskforce or event' },
    ...(choices?.taskforces ?? []).map((t) => ({
      value: `taskforce:${t.id}`,
      label: `${t.name} (current members)`,
    })),
    ...(choices?.events ?? []).map((e) => ({
      value: `event:${e.id}`,
      label: `${e.title}, ${e.date} (people checked in)`,
    })),
  ];
  const anySuppressed = report?.tables.some((t) => t.anySuppressed || t.withheld) ?? false;

  return (
    <section aria-labelledby="reach-title">
      <p>
        <a href="#/people">← All people</a>
      </p>
      <h1 id="reach-title">Reach report</h1>
      <p>
        Who a taskforce or an event reaches, from the optional equality monitoring answers. Only
        totals are shown, and counts under 5 are hidden so that nobody can be identified.
      </p>
      <div className="field-row">
        <SelectField label="Report on" value={scope} options={options} onChange={setScope} />
        {(!report || report.detailAllowed) && (
          <SelectField
            label="Ethnicity detail"
            value={level}
            options={[
              { value: 'group', label: 'Five broad groups' },
              { value: 'category', label: 'All 19 categories' },
            ]}
            onChange={setLevel}
          />
        )}
      </div>
      {report && !report.detailAllowed && <p className="notice">{ETHNICITY_DETAIL_WITHHELD}</p>}
      {!scope && <p>Choose a taskforce or an event to see its reach.</p>}
      {scope && report === undefined && <p aria-busy="true">Counting…</p>}
      {report && (
        <>
          <p role="status">
            {report.people} {report.people === 1 ? 'person' : 'people'} in scope; {report.responded}{' '}
            answered equality monitoring.
          </p>
          {anySuppressed && <p className="notice">{suppressionNote(report.threshold)}</p>}
          <div className="reach-tables">
            {report.tables.map((table) => (
              <ReachTableView key={table.questionId} table={table} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function ReachTableView({ table }: { table: ReachTable }) {
  return (
    <div className="data-table-wrap">
      <table className="data-table">
        <caption>
          {table.characteristic}
          {table.withheld ? ' (withheld: too few people to break down)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Answer</th>
            <th scope="col" className="number">
              People
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="number">{row.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
