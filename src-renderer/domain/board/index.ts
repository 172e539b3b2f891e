/**
 * The open-space board's pure core: what the marketplace, the grid, the law of two feet and the
 * group notes hold, and the one reducer every change goes through. Each file has one job:
 * topics, grid (records and their rules) → state (the board, its changes and invariants) →
 * commands (every change as a plain object) → placement, movement, topic-actions, grid-actions,
 * group-record (the rules of each kind of change) → reducer (applyCommand, with undo guards) →
 * history (undo and redo on this device) → conflicts, labels, announcements, schedule (read).
 */
export * from './topics';
export * from './grid';
export * from './state';
export * from './commands';
export * from './placement';
export * from './movement';
export * from './group-record';
export * from './topic-actions';
export * from './grid-actions';
export * from './reducer';
export * from './history';
export * from './conflicts';
export * from './labels';
export * from './announcements';
export * from './schedule';
