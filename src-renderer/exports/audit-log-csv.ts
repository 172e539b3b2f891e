import type { AuditEntry } from '../data/audit';
import { toCsv } from '../domain/csv';

export const AUDIT_COLUMNS = ['When (UTC)', 'Who', 'What', 'Details', 'Record'] as const;

/** The audit log as a spreadsheet; it holds no personal data beyond the facilitators' names. */
export function auditLogCsv(
  entries: readonly AuditEntry[],
  label: (action: string) => string,
): string {
  return toCsv(
    AUDIT_COLUMNS,
    entries.map((entry) => ({
      'When (UTC)': entry.at.replace('T', ' ').slice(0, 19),
      Who: entry.actor,
      What: label(entry.action),
      Details: entry.summary,
      Record: entry.subject ? `${entry.subject.table} ${entry.subject.id}` : '',
    })),
  );
}
