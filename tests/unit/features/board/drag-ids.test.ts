import { describe, expect, it } from 'vitest';
import {
  NOWHERE_ID,
  QUEUE_ID,
  WANDERING_ID,
  cellDropId,
  dropIdOfLocation,
  gridLayout,
  groupDropId,
  locationOfDrop,
  personDragId,
  personOfDrag,
  spotOfDrop,
  topicDragId,
  topicOfDrag,
} from '../../../../src-renderer/features/board/drag-ids';
import { emptyBoard } from '../../../../src-renderer/domain/board/state';
import type { BoardState } from '../../../../src-renderer/domain/board/state';

const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1 };
const access = { stepFree: true, hearingLoop: false, quiet: false };

function board(): BoardState {
  const slot = (id: string, start: string, end: string, kind: 'session' | 'break' = 'session') =>
    [id, { ...meta, id, eventId: 'e', label: '', start, end, kind }] as const;
  const space = (id: string, position: number) =>
    [
      id,
      {
        ...meta,
        id,
        eventId: 'e',
        name: id,
        capacity: 5,
        accessibility: access,
        notes: '',
        position,
      },
    ] as const;
  return {
    ...emptyBoard('e'),
    slots: Object.fromEntries([
      slot('s2', '11:00', '12:00'),
      slot('lunch', '10:30', '11:00', 'break'),
      slot('s1', '09:30', '10:30'),
    ]),
    spaces: Object.fromEntries([space('garden', 2), space('hall', 1)]),
  };
}

describe('drag and drop ids', () => {
  it('round-trip topics, people, cells and groups', () => {
    expect(topicOfDrag(topicDragId('t1'))).toBe('t1');
    expect(personOfDrag(personDragId('p1'))).toBe('p1');
    expect(topicOfDrag(personDragId('p1'))).toBeNull();
    expect(spotOfDrop(cellDropId({ slotId: 's1', spaceId: 'hall' }))).toEqual({
      kind: 'cell',
      cell: { slotId: 's1', spaceId: 'hall' },
    });
    expect(spotOfDrop(QUEUE_ID)).toEqual({ kind: 'queue' });
    expect(spotOfDrop(groupDropId('t1'))).toBeNull();
  });

  it('map people targets to locations and back', () => {
    expect(locationOfDrop(WANDERING_ID)).toBe('wandering');
    expect(locationOfDrop(NOWHERE_ID)).toBeNull();
    expect(locationOfDrop(groupDropId('t1'))).toBe('t1');
    expect(locationOfDrop(QUEUE_ID)).toBeUndefined();
    for (const location of ['t1', 'wandering', null]) {
      expect(locationOfDrop(dropIdOfLocation(location))).toBe(location);
    }
  });

  it('lays the grid out for the keyboard in time order, spaces left to right, without breaks', () => {
    expect(gridLayout(board())).toEqual({
      rows: [
        [
          cellDropId({ slotId: 's1', spaceId: 'hall' }),
          cellDropId({ slotId: 's1', spaceId: 'garden' }),
        ],
        [
          cellDropId({ slotId: 's2', spaceId: 'hall' }),
          cellDropId({ slotId: 's2', spaceId: 'garden' }),
        ],
      ],
      queue: QUEUE_ID,
    });
  });
});
