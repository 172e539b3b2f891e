/**
 * Consensus rounds, decisions and priorities across meetings: the pure core that the voting
 * screens, the data commands and the reports share. Each file has one job:
 * methods (scales and labels) → vote-value (is a vote well formed) → rules and verdict (what
 * the group agreed counts as consensus) → proposal, round and votes (the records) → ranking and
 * tally (counting) → outcome (closing a proposal) → issues and priorities (across meetings).
 */
export * from './methods';
export * from './vote-value';
export * from './rules';
export * from './verdict';
export * from './proposal';
export * from './round';
export * from './votes';
export * from './ranking';
export * from './tally';
export * from './outcome';
export * from './issues';
export * from './priorities';
