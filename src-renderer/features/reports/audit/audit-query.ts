import type { AuditEntry } from '../../../data/audit';
import type { TwoFeetDb } from '../../../data/db';

export interface AuditFilter {
  /** '' for every kind. */
  action: string;
  /** Local dates "2026-11-22", '' for no limit; both ends included. */
  from: string;
  to: string;
}

/** The ISO range of the chosen local days, for the `at` index. */
function range(filter: AuditFilter): [string, string] {
  const from = filter.from ? new Date(`${filter.from}T00:00`).toISOString() : '';
  let to = '\uffff';
  if (filter.to) {
    const end = new Date(`${filter.to}T00:00`);
    end.setDate(end.getDate() + 1);
    to = end.toISOString();
  }
  return [from, to];
}

/** Newest first, through the `at` index; the kind, when chosen, narrows it. */
function matching(db: TwoFeetDb, filter: AuditFilter) {
  const [from, to] = range(filter);
  const collection = db.auditLog.where('at').between(from, to, true, false).reverse();
  return filter.action ? collection.filter((entry) => entry.action === filter.action) : collection;
}

export async function auditPage(
  db: TwoFeetDb,
  filter: AuditFilter,
  page: number,
  pageSize: number,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const [entries, total] = await Promise.all([
    matching(db, filter)
      .offset(page * pageSize)
      .limit(pageSize)
      .toArray(),
    matching(db, filter).count(),
  ]);
  return { entries, total };
}

export function allMatching(db: TwoFeetDb, filter: AuditFilter): Promise<AuditEntry[]> {
  return matching(db, filter).toArray();
}

/** The kinds of entry in the log, for the filter. */
export async function auditActions(db: TwoFeetDb): Promise<string[]> {
  return (await db.auditLog.orderBy('action').uniqueKeys()).map(String);
}

const LABELS: Record<string, string> = {
  'consent-recorded': 'Consent given',
  'consent-withdrawn': 'Consent withdrawn',
  'person-erased': 'Person erased',
  'backup-restored': 'Backup restored',
  'people-imported': 'People imported',
  'vote-entered-on-behalf': 'Vote entered on someone’s behalf',
  'subject-access-given': 'Copy of their data given',
};

/** "consent-withdrawn" → "Consent withdrawn"; kinds added later read sensibly too. */
export function actionLabel(action: string): string {
  const known = LABELS[action];
  if (known) return known;
  const words = action.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
