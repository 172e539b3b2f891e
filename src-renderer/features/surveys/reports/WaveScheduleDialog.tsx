import { type FormEvent, useRef, useState } from 'react';
import { useApp } from '../../../app/app-context';
import { setWaveSchedule } from '../../../data/surveys/schedule-commands';
import type { Wave, WaveSchedule } from '../../../domain/surveys/waves';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { useAnnounce } from '../../../ui/Announcer';
import { useFormSubmit } from '../../../ui/use-form-submit';

interface Props {
  taskforceId: string;
  taskforceName: string;
  schedule: WaveSchedule;
  onClose: () => void;
}

interface Row {
  id: string;
  label: string;
  months: string;
}

/** A taskforce's follow-up waves: names and months after the baseline, and how long each is open. */
export function WaveScheduleDialog({ taskforceId, taskforceName, schedule, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const ref = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<WaveSchedule, string>(ref);
  const [rows, setRows] = useState<Row[]>(
    schedule.waves.map((w) => ({
      id: w.id,
      label: w.label,
      months: String(w.monthsAfterBaseline),
    })),
  );
  const [opens, setOpens] = useState(String(schedule.opensDaysBefore));
  const [closes, setCloses] = useState(String(schedule.closesDaysAfter));
  const set = (index: number, changes: Partial<Row>) =>
    setRows((all) => all.map((r, i) => (i === index ? { ...r, ...changes } : r)));

  async function save(event: FormEvent) {
    event.preventDefault();
    const waves: Wave[] = rows.map((r) => ({
      id: r.id,
      label: r.label,
      monthsAfterBaseline: r.months.trim() === '' ? Number.NaN : Number(r.months),
    }));
    const next = { waves, opensDaysBefore: Number(opens), closesDaysAfter: Number(closes) };
    const saved = await submit(() => setWaveSchedule(db, taskforceId, next, commandContext()));
    if (saved) {
      announce(`Survey waves saved for ${taskforceName}.`);
      onClose();
    }
  }

  return (
    <Dialog title={`Survey waves: ${taskforceName}`} onClose={onClose}>
      <form ref={ref} onSubmit={(e) => void save(e)} noValidate>
        {errors.waves && (
          <p className="notice notice--error" role="alert">
            {errors.waves}
          </p>
        )}
        <ol className="option-rows">
          {rows.map((row, index) => (
            <li key={row.id} className="option-row">
              <TextField
                label={`Wave ${index + 1} name`}
                value={row.label}
                error={errors[`waves.${index}.label`] ?? errors[`waves.${index}.id`]}
                onChange={(label) => set(index, { label })}
              />
              <TextField
                label={`Wave ${index + 1}: months after the baseline`}
                value={row.months}
                error={errors[`waves.${index}.monthsAfterBaseline`]}
                onChange={(months) => set(index, { months })}
              />
              {index > 0 && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={`Remove wave ${index + 1}`}
                  onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const last = Number(rows[rows.length - 1]?.months ?? 0) || 0;
            const months = last + 6;
            setRows([
              ...rows,
              { id: `month-${months}`, label: `${months}-month follow-up`, months: String(months) },
            ]);
          }}
        >
          Add a follow-up
        </button>
        <TextField
          label="Days before the due date a wave can be answered"
          value={opens}
          error={errors.opensDaysBefore}
          onChange={setOpens}
        />
        <TextField
          label="Days after the due date it can still be answered"
          value={closes}
          error={errors.closesDaysAfter}
          onChange={setCloses}
        />
        <FormFooter error={formError} saving={saving} submitLabel="Save waves" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
