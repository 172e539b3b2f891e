import { describe, expect, it } from 'vitest';
import { validateGroupRecord } from '../../../../src-renderer/domain/board/group-record';
import { applyCommand } from '../../../../src-renderer/domain/board/reducer';
import { ok, person, reasonOf, run, standardBoard, testClock } from './helpers';

describe('group records', () => {
  it('keeps key points and actions, dropping blank rows and trimming', () => {
    expect(
      validateGroupRecord({
        keyPoints: [' Appointments are hard to get ', '', '  '],
        actions: [
          { what: ' Ask the practice manager ', who: ' Sam ', byWhen: '2026-12-01' },
          { what: '', who: '', byWhen: '' },
          { what: 'Write to the ICB', who: 'Taskforce lead', byWhen: '' },
        ],
        reporter: { kind: 'name', name: ' Jo  Bloggs ' },
      }),
    ).toEqual({
      ok: true,
      value: {
        keyPoints: ['Appointments are hard to get'],
        actions: [
          { what: 'Ask the practice manager', who: 'Sam', byWhen: '2026-12-01' },
          { what: 'Write to the ICB', who: 'Taskforce lead', byWhen: '' },
        ],
        reporter: { kind: 'name', name: 'Jo Bloggs' },
      },
    });
  });

  it('explains each problem next to its box', () => {
    expect(
      validateGroupRecord({
        keyPoints: ['x'.repeat(501)],
        actions: [{ what: '', who: '', byWhen: '1 Dec' }],
        reporter: { kind: 'name', name: '' },
      }),
    ).toEqual({
      ok: false,
      errors: {
        'keyPoints.0': 'The key point must be 500 characters or fewer (it has 501).',
        'actions.0.what': 'Enter what is to be done.',
        'actions.0.who': 'Enter who will do it.',
        'actions.0.byWhen': 'Enter a real date, for example 14/03/2026, or leave it blank.',
        reporter: 'Enter the name of who reports back.',
      },
    });
  });

  it('refuses a by-when date the date picker allows but no plan would use', () => {
    for (const byWhen of ['2300-01-01', '1850-06-01', '2026-02-30']) {
      const checked = validateGroupRecord({
        keyPoints: [],
        actions: [{ what: 'Write to the ICB', who: 'Ana', byWhen }],
        reporter: null,
      });
      expect(checked).toEqual({
        ok: false,
        errors: expect.objectContaining({
          'actions.0.byWhen': 'Enter a real date, for example 14/03/2026, or leave it blank.',
        }),
      });
    }
  });

  it('records notes for a group on one record per topic, and changes them in place', () => {
    const clock = testClock();
    const board = standardBoard(clock);
    const first = ok(
      applyCommand(
        board,
        {
          type: 'group.record',
          topicId: 'gp',
          input: { keyPoints: ['One'], actions: [], reporter: person('p1') },
        },
        clock.ctx(),
      ),
    );
    expect(first.state.groupRecords['group|gp']).toMatchObject({
      id: 'group|gp',
      topicId: 'gp',
      eventId: 'event-1',
      version: 1,
      keyPoints: ['One'],
      reporter: person('p1'),
    });
    expect(first.inverse).toMatchObject({ type: 'group.clear', topicId: 'gp' });
    const second = ok(
      applyCommand(
        first.state,
        {
          type: 'group.record',
          topicId: 'gp',
          input: { keyPoints: ['One', 'Two'], actions: [], reporter: null },
        },
        clock.ctx(),
      ),
    );
    expect(second.state.groupRecords['group|gp']).toMatchObject({
      version: 2,
      keyPoints: ['One', 'Two'],
      reporter: null,
    });
    expect(second.inverse).toMatchObject({
      type: 'group.record',
      input: { keyPoints: ['One'], reporter: person('p1') },
    });
  });

  it('refuses notes for a missing or merged topic, invalid notes, and clearing nothing', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [{ type: 'topic.merge', keepId: 'gp', duplicateId: 'diag' }],
      clock,
    );
    const notes = { keyPoints: ['One'], actions: [], reporter: null };
    expect(
      reasonOf(
        applyCommand(board, { type: 'group.record', topicId: 'diag', input: notes }, clock.ctx()),
      ),
    ).toBe("'Diagnosis' was merged into another topic; write the notes there.");
    expect(
      reasonOf(
        applyCommand(board, { type: 'group.record', topicId: 'zzz', input: notes }, clock.ctx()),
      ),
    ).toBe('That topic is no longer on the board.');
    expect(
      reasonOf(
        applyCommand(
          board,
          {
            type: 'group.record',
            topicId: 'gp',
            input: { ...notes, actions: [{ what: 'x', who: '', byWhen: '' }] },
          },
          clock.ctx(),
        ),
      ),
    ).toBe('Enter who will do it.');
    expect(reasonOf(applyCommand(board, { type: 'group.clear', topicId: 'gp' }, clock.ctx()))).toBe(
      'This group has no notes to clear.',
    );
  });
});
