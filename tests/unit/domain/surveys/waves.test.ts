import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../../src-renderer/domain/surveys/calendar';
import type { WaveSchedule } from '../../../../src-renderer/domain/surveys/waves';
import {
  DEFAULT_WAVE_SCHEDULE,
  dueWaves,
  validateWaveSchedule,
} from '../../../../src-renderer/domain/surveys/waves';

describe('calendar arithmetic', () => {
  it('adds months, keeping the day where the month allows', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 12)).toBe('2027-11-30');
  });

  it('adds and takes away days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });

  it('refuses something that is not a date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('dueWaves', () => {
  const joined = { participantId: 'p1', joinedOn: '2026-01-10' };

  it('lists the baseline as due from joining until its window closes, then as missed', () => {
    expect(dueWaves([joined], [], '2026-01-09')).toEqual([]);
    expect(dueWaves([joined], [], '2026-01-10')).toEqual([
      {
        participantId: 'p1',
        waveId: 'baseline',
        label: 'Baseline',
        dueDate: '2026-01-10',
        opensOn: '2026-01-10',
        closesOn: '2026-02-21',
        status: 'due',
      },
    ]);
    expect(dueWaves([joined], [], '2026-02-21')[0]?.status).toBe('due');
    expect(dueWaves([joined], [], '2026-02-22')[0]?.status).toBe('missed');
  });

  it('lists no follow-up until the baseline is done, because it could not be paired', () => {
    expect(dueWaves([joined], [], '2026-07-10').map((d) => d.waveId)).toEqual(['baseline']);
  });

  it('counts follow-ups from the day the baseline was done: due, overdue, then missed', () => {
    const done = [{ participantId: 'p1', waveId: 'baseline', completedOn: '2026-01-20' }];
    expect(dueWaves([joined], done, '2026-07-05')).toEqual([]);
    const opening = dueWaves([joined], done, '2026-07-06');
    expect(opening).toEqual([
      {
        participantId: 'p1',
        waveId: 'month-6',
        label: '6-month follow-up',
        dueDate: '2026-07-20',
        opensOn: '2026-07-06',
        closesOn: '2026-08-31',
        status: 'due',
      },
    ]);
    expect(dueWaves([joined], done, '2026-07-20')[0]?.status).toBe('due');
    expect(dueWaves([joined], done, '2026-07-21')[0]?.status).toBe('overdue');
    expect(dueWaves([joined], done, '2026-08-31')[0]?.status).toBe('overdue');
    expect(dueWaves([joined], done, '2026-09-01')[0]?.status).toBe('missed');
  });

  it('drops waves once done, and shows the next one when its window opens', () => {
    const done = [
      { participantId: 'p1', waveId: 'baseline', completedOn: '2026-01-20' },
      { participantId: 'p1', waveId: 'month-6', completedOn: '2026-07-22' },
    ];
    expect(dueWaves([joined], done, '2026-08-01')).toEqual([]);
    expect(dueWaves([joined], done, '2027-01-10')).toMatchObject([
      { waveId: 'month-12', dueDate: '2027-01-20', status: 'due' },
    ]);
  });

  it('does not chase people who have left the taskforce', () => {
    const left = { ...joined, leftOn: '2026-03-01' };
    expect(dueWaves([left], [], '2026-01-15')).toHaveLength(1);
    expect(dueWaves([left], [], '2026-03-01')).toEqual([]);
  });

  it('sorts by due date, then by participant', () => {
    const people = [
      { participantId: 'p2', joinedOn: '2026-02-01' },
      { participantId: 'p3', joinedOn: '2026-01-05' },
      { participantId: 'p1', joinedOn: '2026-02-01' },
    ];
    expect(dueWaves(people, [], '2026-02-02').map((d) => d.participantId)).toEqual([
      'p3',
      'p1',
      'p2',
    ]);
  });

  it('follows a custom schedule and window', () => {
    const schedule: WaveSchedule = {
      waves: [
        { id: 'baseline', label: 'Baseline', monthsAfterBaseline: 0 },
        { id: 'month-3', label: '3 months', monthsAfterBaseline: 3 },
      ],
      opensDaysBefore: 0,
      closesDaysAfter: 7,
    };
    const done = [{ participantId: 'p1', waveId: 'baseline', completedOn: '2026-01-10' }];
    expect(dueWaves([joined], done, '2026-04-09', schedule)).toEqual([]);
    expect(dueWaves([joined], done, '2026-04-10', schedule)).toMatchObject([
      { waveId: 'month-3', status: 'due' },
    ]);
    expect(dueWaves([joined], done, '2026-04-18', schedule)).toMatchObject([{ status: 'missed' }]);
  });
});

describe('validateWaveSchedule', () => {
  it('accepts the default schedule', () => {
    expect(validateWaveSchedule(DEFAULT_WAVE_SCHEDULE).ok).toBe(true);
  });

  it('needs a baseline at 0 months, follow-ups in order and sensible windows', () => {
    const result = validateWaveSchedule({
      waves: [
        { id: 'baseline', label: 'Baseline', monthsAfterBaseline: 1 },
        { id: 'later', label: '', monthsAfterBaseline: 1 },
        { id: 'later', label: 'Again', monthsAfterBaseline: 2.5 },
      ],
      opensDaysBefore: -1,
      closesDaysAfter: 42,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      waves: 'Start with a baseline wave at 0 months.',
      'waves.1.label': 'Give the wave a name.',
      'waves.1.monthsAfterBaseline': 'Enter a whole number of months, later than the wave before.',
      'waves.2.id': 'Give each wave its own id.',
      'waves.2.monthsAfterBaseline': 'Enter a whole number of months, later than the wave before.',
      opensDaysBefore: 'Enter a whole number of days from 0 to 365.',
    });
  });

  it('needs at least one follow-up', () => {
    const result = validateWaveSchedule({
      ...DEFAULT_WAVE_SCHEDULE,
      waves: DEFAULT_WAVE_SCHEDULE.waves.slice(0, 1),
    });
    expect(!result.ok && result.errors.waves).toBe('Add at least one follow-up wave.');
  });
});
