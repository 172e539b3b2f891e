import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { addDays, addMonths } from './calendar';
import { ID_PATTERN } from './form-validation';

/** A point at which participants are surveyed, counted in months from their baseline. */
export interface Wave {
  id: string;
  label: string;
  /** 0 for the baseline itself. */
  monthsAfterBaseline: number;
}

export interface WaveSchedule {
  /** The baseline first (0 months), then follow-ups in order. */
  waves: readonly Wave[];
  /** A wave can be answered from this many days before its due date… */
  opensDaysBefore: number;
  /** …until this many days after it; later than that it is missed. */
  closesDaysAfter: number;
}

export const DEFAULT_WAVE_SCHEDULE: WaveSchedule = {
  waves: [
    { id: 'baseline', label: 'Baseline', monthsAfterBaseline: 0 },
    { id: 'month-6', label: '6-month follow-up', monthsAfterBaseline: 6 },
    { id: 'month-12', label: '12-month follow-up', monthsAfterBaseline: 12 },
  ],
  opensDaysBefore: 14,
  closesDaysAfter: 42,
};

export function validateWaveSchedule(schedule: WaveSchedule): Validated<WaveSchedule, string> {
  const errors: FieldErrors<string> = {};
  const [first, ...followUps] = schedule.waves;
  if (!first || first.monthsAfterBaseline !== 0) {
    errors.waves = 'Start with a baseline wave at 0 months.';
  }
  const ids = new Set<string>();
  let previous = -1;
  schedule.waves.forEach((wave, index) => {
    const months = wave.monthsAfterBaseline;
    if (!ID_PATTERN.test(wave.id) || ids.has(wave.id)) {
      errors[`waves.${index}.id`] = 'Give each wave its own id.';
    }
    ids.add(wave.id);
    if (wave.label.trim() === '') errors[`waves.${index}.label`] = 'Give the wave a name.';
    if (!Number.isInteger(months) || months < 0 || months > 120 || months <= previous) {
      errors[`waves.${index}.monthsAfterBaseline`] =
        'Enter a whole number of months, later than the wave before.';
    }
    previous = months;
  });
  if (followUps.length === 0) errors.waves ??= 'Add at least one follow-up wave.';
  for (const key of ['opensDaysBefore', 'closesDaysAfter'] as const) {
    const days = schedule[key];
    if (!Number.isInteger(days) || days < 0 || days > 365) {
      errors[key] = 'Enter a whole number of days from 0 to 365.';
    }
  }
  if (hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: schedule };
}

export interface TaskforceParticipant {
  participantId: string;
  /** "YYYY-MM-DD": when they joined; the baseline is due from then. */
  joinedOn: string;
  /** Set when they have left the taskforce: they are no longer chased for surveys. */
  leftOn?: string;
}

export interface CompletedWave {
  participantId: string;
  waveId: string;
  /** "YYYY-MM-DD" */
  completedOn: string;
}

/**
 * due: the window is open and the due date has not passed (a baseline is due for its whole
 * window); overdue: past the due date but still open; missed: the window has closed.
 */
export type WaveStatus = 'due' | 'overdue' | 'missed';

export interface DueWave {
  participantId: string;
  waveId: string;
  label: string;
  dueDate: string;
  opensOn: string;
  closesOn: string;
  status: WaveStatus;
}

/**
 * Who should be asked for which wave today, for one taskforce. Follow-ups are counted from the
 * day the baseline was actually done, and are only listed once it has been: a follow-up with no
 * baseline cannot be paired, so it measures no change. Sorted by due date, then participant.
 */
export function dueWaves(
  participants: readonly TaskforceParticipant[],
  completed: readonly CompletedWave[],
  today: string,
  schedule: WaveSchedule = DEFAULT_WAVE_SCHEDULE,
): DueWave[] {
  const [baselineWave] = schedule.waves;
  if (!baselineWave) return [];
  const done = new Map<string, Map<string, string>>();
  for (const entry of completed) {
    const byWave = done.get(entry.participantId) ?? new Map<string, string>();
    const earlier = byWave.get(entry.waveId);
    if (earlier === undefined || entry.completedOn < earlier) {
      byWave.set(entry.waveId, entry.completedOn);
    }
    done.set(entry.participantId, byWave);
  }

  const due: DueWave[] = [];
  for (const participant of participants) {
    if (participant.leftOn !== undefined && participant.leftOn <= today) continue;
    const byWave = done.get(participant.participantId) ?? new Map<string, string>();
    const baselineDone = byWave.get(baselineWave.id);
    for (const wave of schedule.waves) {
      if (byWave.has(wave.id)) continue;
      const isBaseline = wave === baselineWave;
      if (!isBaseline && baselineDone === undefined) continue;
      const anchor = isBaseline ? participant.joinedOn : (baselineDone ?? participant.joinedOn);
      const dueDate = addMonths(anchor, wave.monthsAfterBaseline);
      // Nobody can answer a baseline before they have joined.
      const opensOn = isBaseline ? dueDate : addDays(dueDate, -schedule.opensDaysBefore);
      const closesOn = addDays(dueDate, schedule.closesDaysAfter);
      if (today < opensOn) continue;
      // A baseline has no date to be late against: it is due from joining until it closes.
      const dueUntil = isBaseline ? closesOn : dueDate;
      const status: WaveStatus =
        today <= dueUntil ? 'due' : today <= closesOn ? 'overdue' : 'missed';
      due.push({
        participantId: participant.participantId,
        waveId: wave.id,
        label: wave.label,
        dueDate,
        opensOn,
        closesOn,
        status,
      });
    }
  }
  return due.sort(
    (a, b) =>
      compare(a.dueDate, b.dueDate) ||
      compare(a.participantId, b.participantId) ||
      compare(a.waveId, b.waveId),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
