import { describe, expect, it } from 'vitest';
import {
  slotsInOrder,
  spacesInOrder,
  validateSlot,
  validateSpace,
} from '../../../../src-renderer/domain/board/grid';
import type { Slot, Space } from '../../../../src-renderer/domain/board/grid';
import { applyCommand } from '../../../../src-renderer/domain/board/reducer';
import { cell, ok, reasonOf, run, session, space, standardBoard, testClock } from './helpers';

describe('time slots', () => {
  const board = standardBoard();
  const slots: Slot[] = Object.values(board.slots);

  it('accepts a slot that touches its neighbours', () => {
    expect(validateSlot(session('13:45', '14:30', ' Session  4 '), slots)).toEqual({
      ok: true,
      value: { label: 'Session 4', start: '13:45', end: '14:30', kind: 'session' },
    });
  });

  it('needs real times with the end after the start', () => {
    expect(validateSlot(session('9am', '25:00'), [])).toEqual({
      ok: false,
      errors: {
        start: 'Enter the start time as hours and minutes, for example 11:00.',
        end: 'Enter the end time as hours and minutes, for example 12:00.',
      },
    });
    expect(validateSlot(session('15:00', '15:00'), [])).toEqual({
      ok: false,
      errors: { end: 'The end time must be after the start time (15:00).' },
    });
  });

  it('refuses slots that overlap, naming the one in the way', () => {
    expect(validateSlot(session('10:30', '11:30'), slots)).toEqual({
      ok: false,
      errors: { start: 'This overlaps the 10:00 slot (10:00–11:00).' },
    });
    expect(validateSlot(session('12:15', '12:30'), slots)).toEqual({
      ok: false,
      errors: { start: 'This overlaps Lunch (12:00) (12:00–12:45).' },
    });
  });

  it('lets a slot be edited without overlapping itself, and sorts slots by time', () => {
    const clock = testClock();
    const edited = ok(
      applyCommand(
        board,
        { type: 'slot.edit', slotId: 's1', input: session('09:30', '10:45') },
        clock.ctx(),
      ),
    ).state;
    expect(slotsInOrder(edited.slots).map((s) => `${s.id} ${s.start}`)).toEqual([
      's1 09:30',
      's2 11:00',
      'lunch 12:00',
      's3 12:45',
    ]);
  });

  it('will not turn a slot with topics into a break, or remove it', () => {
    const clock = testClock();
    const placed = run(
      standardBoard(clock),
      [{ type: 'topic.place', topicId: 'gp', cell: cell('s2', 'garden') }],
      clock,
    );
    const reason = 'The 11:00 slot has topics or pinned cells. Move them or unpin them first.';
    expect(
      reasonOf(
        applyCommand(
          placed,
          {
            type: 'slot.edit',
            slotId: 's2',
            input: { label: '', start: '11:00', end: '12:00', kind: 'break' },
          },
          clock.ctx(),
        ),
      ),
    ).toBe(reason);
    expect(reasonOf(applyCommand(placed, { type: 'slot.remove', slotId: 's2' }, clock.ctx()))).toBe(
      reason,
    );
  });

  it('removes an empty slot along with its empty cells', () => {
    const clock = testClock();
    const used = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'gp', cell: cell('s3', 'garden') },
        { type: 'topic.unplace', topicId: 'gp' },
      ],
      clock,
    );
    const result = ok(applyCommand(used, { type: 'slot.remove', slotId: 's3' }, clock.ctx()));
    expect(result.state.slots.s3).toBeUndefined();
    expect(result.state.cells['s3|garden']).toBeUndefined();
    expect(result.changes).toEqual([
      { table: 'boardCells', delete: 's3|garden' },
      { table: 'boardSlots', delete: 's3' },
    ]);
  });
});

describe('spaces', () => {
  const board = standardBoard();
  const spaces: Space[] = Object.values(board.spaces);

  it('accepts a space and keeps only the known accessibility flags', () => {
    expect(
      validateSpace({ ...space(' Café  corner ', 8, true), notes: ' Ramp at the side ' }, spaces),
    ).toEqual({
      ok: true,
      value: {
        name: 'Café corner',
        capacity: 8,
        accessibility: { stepFree: true, hearingLoop: false, quiet: false },
        notes: 'Ramp at the side',
      },
    });
  });

  it('needs a unique name and a positive whole capacity', () => {
    const capacity = 'Enter how many people the space holds, a whole number from 1 to 1000.';
    expect(validateSpace(space('garden ROOM', 0, false), spaces)).toEqual({
      ok: false,
      errors: { name: 'There is already a space called Garden room.', capacity },
    });
    expect(validateSpace(space('Annex', 2.5, false), spaces)).toMatchObject({
      errors: { capacity },
    });
    expect(validateSpace(space('', 5, false), spaces)).toMatchObject({
      errors: { name: 'Enter the name of the space.' },
    });
  });

  it('keeps spaces in the order they were added, and a removed space comes back in its place', () => {
    const clock = testClock();
    const removed = run(standardBoard(clock), [{ type: 'space.remove', spaceId: 'hall' }], clock);
    expect(spacesInOrder(removed.spaces).map((s) => s.id)).toEqual(['garden']);
    const back = ok(
      applyCommand(
        removed,
        { type: 'space.add', spaceId: 'hall', input: space('Main hall', 30, true), position: 1 },
        clock.ctx(),
      ),
    ).state;
    expect(spacesInOrder(back.spaces).map((s) => s.id)).toEqual(['hall', 'garden']);
  });

  it('will not remove a space with topics in it', () => {
    const clock = testClock();
    const placed = run(
      standardBoard(clock),
      [{ type: 'topic.place', topicId: 'gp', cell: cell('s2', 'garden') }],
      clock,
    );
    expect(
      reasonOf(applyCommand(placed, { type: 'space.remove', spaceId: 'garden' }, clock.ctx())),
    ).toBe('Garden room has topics or pinned cells. Move them or unpin them first.');
  });
});
