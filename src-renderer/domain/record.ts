/**
 * Every stored record carries a string id, when it was created and last changed, and a
 * version that goes up by one on every change. These make undo, audit trails and a later
 * merge between several laptops possible without a schema rewrite.
 */
export interface RecordMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Who and when, passed into every command so that nothing reads the clock or a global. */
export interface CommandContext {
  /** ISO 8601 timestamp, e.g. "2026-11-22T18:00:00.000Z". */
  now: string;
  /** The facilitator's name as set in Settings, or "Unnamed facilitator". */
  actor: string;
}

export function createdMeta(id: string, ctx: CommandContext): RecordMeta {
  return { id, createdAt: ctx.now, updatedAt: ctx.now, version: 1 };
}

export function nextMeta(previous: RecordMeta, ctx: CommandContext): RecordMeta {
  return {
    id: previous.id,
    createdAt: previous.createdAt,
    updatedAt: ctx.now,
    version: previous.version + 1,
  };
}
