import { describe, expect, it } from 'vitest';
import { emptyEventInput, validateEvent } from '../../../src-renderer/domain/event';

const good = {
  ...emptyEventInput('tf-1'),
  title: 'Spring engagement event',
  date: '2026-04-18',
  startTime: '10:00',
  endTime: '15:30',
  venueName: 'Leeds Community Centre',
};

describe('validateEvent', () => {
  it('accepts a complete event', () => {
    expect(validateEvent(good).ok).toBe(true);
  });

  it('refuses an end time before or equal to the start time', () => {
    for (const endTime of ['09:00', '10:00']) {
      const result = validateEvent({ ...good, endTime });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors.endTime).toBe('The end time must be after the start time.');
    }
  });

  it('refuses impossible dates and times', () => {
    const result = validateEvent({ ...good, date: '2026-04-31', startTime: '25:00' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.date).toBe('Enter a real date.');
    expect(result.errors.startTime).toBe('Enter a start time, for example 10:00.');
  });

  it('asks for a title, a venue and a taskforce', () => {
    const result = validateEvent({ ...good, taskforceId: '', title: '', venueName: ' ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      Object.keys(result.errors).filter((k) => result.errors[k as keyof typeof result.errors]),
    ).toEqual(['taskforceId', 'title', 'venueName']);
  });

  it('refuses an unknown ladder rung', () => {
    expect(validateEvent({ ...good, ladderRung: 'manipulating' as never }).ok).toBe(false);
  });
});
