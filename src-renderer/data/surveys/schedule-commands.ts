import type { CommandContext } from '../../domain/record';
import type { WaveSchedule } from '../../domain/surveys/waves';
import { DEFAULT_WAVE_SCHEDULE, validateWaveSchedule } from '../../domain/surveys/waves';
import type { CommandResult } from '../command-result';
import type { TwoFeetDb } from '../db';

/** A taskforce's survey waves: its own if it set them, else baseline, 6 and 12 months. */
export async function scheduleFor(db: TwoFeetDb, taskforceId: string): Promise<WaveSchedule> {
  return (await db.surveySchedules.get(taskforceId))?.schedule ?? DEFAULT_WAVE_SCHEDULE;
}

/**
 * Sets a taskforce's waves. A wave that already has responses cannot be dropped: they would no
 * longer belong to any wave.
 */
export async function setWaveSchedule(
  db: TwoFeetDb,
  taskforceId: string,
  schedule: WaveSchedule,
  ctx: CommandContext,
): Promise<CommandResult<WaveSchedule>> {
  const checked = validateWaveSchedule(schedule);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.taskforces, db.surveySchedules, db.surveyResponses, async () => {
    if (!(await db.taskforces.get(taskforceId))) {
      return { ok: false, conflict: 'This taskforce no longer exists.' };
    }
    const kept = new Set(checked.value.waves.map((wave) => wave.id));
    const used = new Set<string>();
    await db.surveyResponses
      .where('taskforceId')
      .equals(taskforceId)
      .each((response) => {
        if (response.waveId !== '') used.add(response.waveId);
      });
    const dropped = [...used].filter((id) => !kept.has(id));
    if (dropped.length > 0) {
      return {
        ok: false,
        errors: { waves: `Keep the waves people have already answered: ${dropped.join(', ')}.` },
      };
    }
    await db.surveySchedules.put({
      taskforceId,
      schedule: checked.value,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
    return { ok: true, value: checked.value };
  });
}
