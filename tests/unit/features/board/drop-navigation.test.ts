import { describe, expect, it } from 'vitest';
import type { GridLayout } from '../../../../src-renderer/features/board/drop-navigation';
import {
  isArrowKey,
  nextInGrid,
  nextInList,
} from '../../../../src-renderer/features/board/drop-navigation';

// Two session slots (rows) × three spaces; a break between them has no drop targets.
const layout: GridLayout = {
  rows: [
    ['a1', 'a2', 'a3'],
    ['b1', 'b2', 'b3'],
  ],
  queue: 'queue',
};

describe('moving a topic by keyboard across the grid', () => {
  it('goes along a slot with Left and Right', () => {
    expect(nextInGrid(layout, 'a1', 'ArrowRight')).toBe('a2');
    expect(nextInGrid(layout, 'a2', 'ArrowRight')).toBe('a3');
    expect(nextInGrid(layout, 'a3', 'ArrowLeft')).toBe('a2');
  });

  it('goes between slots in the same space with Up and Down', () => {
    expect(nextInGrid(layout, 'a2', 'ArrowDown')).toBe('b2');
    expect(nextInGrid(layout, 'b3', 'ArrowUp')).toBe('a3');
  });

  it('stays put at the right and bottom edges', () => {
    expect(nextInGrid(layout, 'a3', 'ArrowRight')).toBeNull();
    expect(nextInGrid(layout, 'b2', 'ArrowDown')).toBeNull();
  });

  it('reaches the queue left of the first space and above the first slot', () => {
    expect(nextInGrid(layout, 'b1', 'ArrowLeft')).toBe('queue');
    expect(nextInGrid(layout, 'a2', 'ArrowUp')).toBe('queue');
  });

  it('leaves the queue for the first cell with Right or Down, and nowhere else', () => {
    expect(nextInGrid(layout, 'queue', 'ArrowRight')).toBe('a1');
    expect(nextInGrid(layout, 'queue', 'ArrowDown')).toBe('a1');
    expect(nextInGrid(layout, 'queue', 'ArrowLeft')).toBeNull();
    expect(nextInGrid(layout, 'queue', 'ArrowUp')).toBeNull();
  });

  it('starts at the first cell when the drag is over nothing yet', () => {
    expect(nextInGrid(layout, null, 'ArrowRight')).toBe('a1');
    expect(nextInGrid(layout, null, 'ArrowUp')).toBeNull();
  });

  it('lands on the last cell of a shorter row rather than off the grid', () => {
    const ragged: GridLayout = { rows: [['a1', 'a2', 'a3'], ['b1']], queue: 'queue' };
    expect(nextInGrid(ragged, 'a3', 'ArrowDown')).toBe('b1');
  });

  it('has nowhere to go on an empty grid except staying in the queue', () => {
    const empty: GridLayout = { rows: [], queue: 'queue' };
    expect(nextInGrid(empty, 'queue', 'ArrowRight')).toBeNull();
  });
});

describe('moving a person by keyboard between groups', () => {
  const places = ['nowhere', 'wandering', 'g1', 'g2'];

  it('goes forward with Right and Down, back with Left and Up', () => {
    expect(nextInList(places, 'wandering', 'ArrowRight')).toBe('g1');
    expect(nextInList(places, 'g1', 'ArrowDown')).toBe('g2');
    expect(nextInList(places, 'g1', 'ArrowLeft')).toBe('wandering');
    expect(nextInList(places, 'wandering', 'ArrowUp')).toBe('nowhere');
  });

  it('stops at either end', () => {
    expect(nextInList(places, 'g2', 'ArrowRight')).toBeNull();
    expect(nextInList(places, 'nowhere', 'ArrowLeft')).toBeNull();
  });

  it('starts at the first place from nowhere known', () => {
    expect(nextInList(places, null, 'ArrowDown')).toBe('nowhere');
    expect(nextInList(places, 'gone', 'ArrowUp')).toBeNull();
  });
});

describe('arrow keys', () => {
  it('are the four arrows, by KeyboardEvent.code', () => {
    expect(isArrowKey('ArrowLeft')).toBe(true);
    expect(isArrowKey('Space')).toBe(false);
    expect(isArrowKey('KeyA')).toBe(false);
  });
});
