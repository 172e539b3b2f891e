import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import type { QueueQuery } from '../../data/expenses/queue';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from '../../domain/expenses/claim';
import type { ClaimStatus } from '../../domain/expenses/claim';
import { SelectField, TextField } from '../../ui/Field';

/** Event, status, event dates and claimant: each narrows the queue, totals and exports. */
export function QueueFilters({
  query,
  onChange,
}: {
  query: QueueQuery;
  onChange: (query: QueueQuery) => void;
}) {
  const { db } = useApp();
  const events = useLiveQuery(() => db.events.orderBy('date').reverse().toArray(), [db], []);
  const set = (patch: Partial<QueueQuery>) => onChange({ ...query, ...patch });
  return (
    <fieldset className="group queue-filters">
      <legend>Filter claims</legend>
      <SelectField
        label="Event"
        value={query.eventId}
        options={[
          { value: '', label: 'All events' },
          ...events.map((e) => ({ value: e.id, label: `${e.title} (${e.date})` })),
        ]}
        onChange={(eventId) => set({ eventId })}
      />
      <SelectField<ClaimStatus | ''>
        label="Status"
        value={query.status}
        options={[
          { value: '', label: 'Any status' },
          ...CLAIM_STATUSES.map((s) => ({ value: s, label: CLAIM_STATUS_LABELS[s] })),
        ]}
        onChange={(status) => set({ status })}
      />
      <TextField
        label="Event date from"
        type="date"
        value={query.from}
        onChange={(from) => set({ from })}
      />
      <TextField
        label="Event date to"
        type="date"
        value={query.to}
        onChange={(to) => set({ to })}
      />
      <TextField
        label="Claimant"
        type="search"
        hint="Part of their name"
        value={query.claimant}
        onChange={(claimant) => set({ claimant })}
      />
    </fieldset>
  );
}
