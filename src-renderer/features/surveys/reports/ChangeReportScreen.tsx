import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { routeHref } from '../../../app/routes';
import { loadChangeReport } from '../../../data/surveys/queries';
import { scheduleFor } from '../../../data/surveys/schedule-commands';
import { formVersionKey } from '../../../domain/surveys/versioning';
import { useAnnounce } from '../../../ui/Announcer';
import { SelectField } from '../../../ui/Field';
import { SurveysNav } from '../SurveysNav';
import { exportFormCsv } from '../export-actions';
import { BusyButton } from '../../../ui/BusyButton';
import { ChangeTable } from './ChangeTable';
import { ChangeCharts } from './ChangeCharts';
import { saveChangePdf } from './report-exports';

/** #/surveys/change[/<taskforceId>]: a taskforce's paired baseline → follow-up change. */
export function ChangeReportScreen({ taskforceId: fromAddress }: { taskforceId: string }) {
  const { db, platform } = useApp();
  const announce = useAnnounce();
  const taskforces = useLiveQuery(() => db.taskforces.orderBy('name').toArray(), [db]);
  const taskforceId = fromAddress || taskforces?.[0]?.id || '';
  const schedule = useLiveQuery(
    async () => (taskforceId ? scheduleFor(db, taskforceId) : undefined),
    [db, taskforceId],
  );
  const [waves, setWaves] = useState<{ baseline: string; followUp: string } | null>(null);
  const baselineWave = waves?.baseline ?? schedule?.waves[0]?.id ?? '';
  const followUpWave = waves?.followUp ?? schedule?.waves[1]?.id ?? '';
  const report = useLiveQuery(async () => {
    if (!taskforceId || !baselineWave || !followUpWave) return null;
    const data = await loadChangeReport(db, taskforceId, { baselineWave, followUpWave });
    const formIds = [...new Set(data.responses.map((r) => r.formId))];
    const forms = (await db.surveyForms.bulkGet(formIds)).flatMap((f) => (f ? [f] : []));
    const latest = await db.surveyFormVersions.bulkGet(
      forms.map((f) => formVersionKey(f.id, f.latestVersion)),
    );
    return { ...data, forms: latest.flatMap((v) => (v ? [v] : [])) };
  }, [db, taskforceId, baselineWave, followUpWave]);

  const taskforce = taskforces?.find((t) => t.id === taskforceId);
  const waveLabel = (id: string) => schedule?.waves.find((w) => w.id === id)?.label ?? id;
  const waveOptions = schedule?.waves.map((w) => ({ value: w.id, label: w.label })) ?? [];
  return (
    <section aria-labelledby="change-title">
      <div className="page-header">
        <h1 id="change-title">Change over time</h1>
        {report && taskforce && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              void saveChangePdf(
                platform,
                report.changes,
                taskforce.name,
                waveLabel(baselineWave),
                waveLabel(followUpWave),
                announce,
              )
            }
          >
            Save as PDF
          </button>
        )}
      </div>
      <SurveysNav current="change" />
      {taskforces === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : taskforces.length === 0 ? (
        <div className="empty-state">
          <p>No taskforces yet. Create one under Events.</p>
        </div>
      ) : (
        <>
          <div className="field-row">
            <SelectField
              label="Taskforce"
              value={taskforceId}
              options={taskforces.map((t) => ({ value: t.id, label: t.name }))}
              onChange={(id) => {
                setWaves(null);
                window.location.replace(routeHref('surveys', 'change', id));
              }}
            />
            <SelectField
              label="From"
              value={baselineWave}
              options={waveOptions}
              onChange={(baseline) => setWaves({ baseline, followUp: followUpWave })}
            />
            <SelectField
              label="To"
              value={followUpWave}
              options={waveOptions}
              onChange={(followUp) => setWaves({ baseline: baselineWave, followUp })}
            />
          </div>
          <p>
            Each figure compares the same people at {waveLabel(baselineWave)} and{' '}
            {waveLabel(followUpWave)}. Scores are worked out from the stored answers with each
            measure’s published scoring. Figures resting on fewer than 5 people are hidden.
          </p>
          {report === undefined ? (
            <p aria-busy="true">Working out the figures…</p>
          ) : report === null ? null : report.responses.length === 0 ? (
            <div className="empty-state">
              <p>No survey answers for this taskforce yet.</p>
            </div>
          ) : (
            <>
              <ChangeTable
                changes={report.changes}
                before={waveLabel(baselineWave)}
                after={waveLabel(followUpWave)}
              />
              <ChangeCharts
                changes={report.changes}
                before={waveLabel(baselineWave)}
                after={waveLabel(followUpWave)}
              />
              <section aria-labelledby="change-export-title" className="settings-block">
                <h2 id="change-export-title">Answers and scores</h2>
                <p>
                  One row per response with every answer and each measure’s score, for this
                  taskforce. Participants appear by number, not name.
                </p>
                <div className="survey-actions">
                  {report.forms.map((form) => (
                    <BusyButton
                      key={form.formId}
                      className="button button--secondary"
                      busyLabel={`Preparing the answers to ${form.title}…`}
                      onRun={() => exportFormCsv(db, platform, form, announce, taskforceId)}
                    >
                      Export answers to {form.title} (CSV)
                    </BusyButton>
                  ))}
                </div>
              </section>
            </>
          )}
        </>
      )}
    </section>
  );
}
