import { describe, expect, it } from 'vitest';
import { emptyTaskforceInput, validateTaskforce } from '../../../src-renderer/domain/taskforce';

const good = {
  ...emptyTaskforceInput(),
  name: '  LGBT & Cancer ',
  theme: 'LGBT communities',
  communities: ['Trans people', '', '  Older gay men  '],
  startDate: '2026-03-14',
};

describe('validateTaskforce', () => {
  it('accepts a complete taskforce and tidies its text', () => {
    const result = validateTaskforce(good);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: 'LGBT & Cancer',
        communities: ['Trans people', 'Older gay men'],
      }),
    });
  });

  it('asks for a name and a theme', () => {
    const result = validateTaskforce({ ...good, name: '   ', theme: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toBe('Enter a name.');
    expect(result.errors.theme).toBe('Enter a theme.');
  });

  it('refuses impossible dates but allows no start date', () => {
    for (const date of ['2026-02-30', '2025-02-29', '2026-13-01', '14/03/2026', '2026-3-1']) {
      const result = validateTaskforce({ ...good, startDate: date });
      expect(result.ok, date).toBe(false);
    }
    expect(validateTaskforce({ ...good, startDate: '2024-02-29' }).ok).toBe(true);
    expect(validateTaskforce({ ...good, startDate: '' }).ok).toBe(true);
  });

  it('refuses over-long text and says how long it is', () => {
    const result = validateTaskforce({ ...good, name: 'x'.repeat(121) });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.name).toBe('A name must be 120 characters or fewer (it has 121).');
  });

  it('refuses control characters and too many communities', () => {
    const control = validateTaskforce({ ...good, description: 'bad\u0000text' });
    expect(control.ok).toBe(false);
    const many = validateTaskforce({
      ...good,
      communities: Array.from({ length: 31 }, (_, i) => `c${i}`),
    });
    expect(many.ok).toBe(false);
    if (!many.ok) expect(many.errors.communities).toBe('List at most 30 communities.');
  });

  it('refuses an unknown status', () => {
    const result = validateTaskforce({ ...good, status: 'archived' as never });
    expect(result.ok).toBe(false);
  });
});
