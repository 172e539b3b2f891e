import type { ClaimStatus } from '../../domain/expenses/claim';
import { claimTotals } from '../../domain/expenses/claim';
import type { FinanceExportClaim } from '../../domain/expenses/finance-csv';
import { filterQueue } from '../../domain/expenses/workflow';
import type { TaskforceEvent } from '../../domain/event';
import type { Person } from '../../domain/people/person';
import { displayName } from '../../domain/people/person';
import { matchesQuery } from '../../domain/text';
import type { TwoFeetDb } from '../db';
import type { StoredClaim } from './records';

/** One row of the finance queue, with what the screen and the exports show. */
export interface QueueRow extends FinanceExportClaim {
  claim: StoredClaim;
  eventDate: string;
  totalPence: number;
}

export interface QueueQuery {
  eventId: string;
  status: ClaimStatus | '';
  /** Event dates, inclusive; "" for no limit. */
  from: string;
  to: string;
  /** Words of the claimant's name. */
  claimant: string;
}

export const EMPTY_QUERY: QueueQuery = { eventId: '', status: '', from: '', to: '', claimant: '' };

/** The claims a filter picks, newest event first; the narrowest index does the first cut. */
export async function loadQueue(db: TwoFeetDb, query: QueueQuery): Promise<QueueRow[]> {
  const claims = query.eventId
    ? await db.claims.where('eventId').equals(query.eventId).toArray()
    : query.status
      ? await db.claims.where('status').equals(query.status).toArray()
      : await db.claims.toArray();
  const rows = await withNames(db, claims);
  const filtered = filterQueue(rows, {
    ...(query.eventId ? { eventId: query.eventId } : {}),
    ...(query.status ? { statuses: [query.status] } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  });
  const named = query.claimant.trim()
    ? filtered.filter((row) => matchesQuery(row.words, query.claimant))
    : filtered;
  return named.sort(
    (a, b) =>
      b.eventDate.localeCompare(a.eventDate) ||
      a.claimantName.localeCompare(b.claimantName, 'en-GB') ||
      a.claim.id.localeCompare(b.claim.id),
  );
}

/** Claims with their claimant's name and event, for the queue and the exports. */
export async function withNames(
  db: TwoFeetDb,
  claims: readonly StoredClaim[],
): Promise<(QueueRow & { words: string[] })[]> {
  const people = await lookup(db.people.bulkGet(unique(claims.map((c) => c.claimantId))));
  const events = await lookup(db.events.bulkGet(unique(claims.map((c) => c.eventId))));
  return claims.map((claim) => {
    const person: Person | undefined = people.get(claim.claimantId);
    const event: TaskforceEvent | undefined = events.get(claim.eventId);
    return {
      claim,
      claimantName: person ? displayName(person) : 'Not on the register',
      words: person?.words ?? [],
      event: { title: event?.title ?? 'Deleted event', date: event?.date ?? '' },
      eventDate: event?.date ?? '',
      totalPence: claimTotals(claim.lines).totalPence,
    };
  });
}

/** The claims with these ids, in this order, ready for an export. */
export async function loadClaimsForExport(
  db: TwoFeetDb,
  claimIds: readonly string[],
): Promise<QueueRow[]> {
  const found = await db.claims.bulkGet([...claimIds]);
  return withNames(
    db,
    found.filter((c): c is StoredClaim => c !== undefined),
  );
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

async function lookup<T extends { id: string }>(
  promise: Promise<(T | undefined)[]>,
): Promise<Map<string, T>> {
  const found = await promise;
  return new Map(found.filter((x): x is T => x !== undefined).map((x) => [x.id, x]));
}
