import { useLiveQuery } from 'dexie-react-hooks';
import type { TwoFeetDb } from '../../data/db';
import { type VoteEntry, tallyOf, voteEntries } from '../../data/voting/queries';
import { effectiveAttendance } from '../../domain/people/attendance';
import { displayName } from '../../domain/people/person';
import type { Round } from '../../domain/voting/round';
import type { Tally } from '../../domain/voting/tally';
import { compareLabels } from '../../domain/voting/wording';

export interface Voter {
  id: string;
  name: string;
}

/**
 * The people checked in at each of these meetings, by the name they go by: who can vote in
 * their rounds. One live query for all of a proposal's rounds (usually one meeting).
 */
export function useCheckedIn(
  db: TwoFeetDb,
  eventIds: readonly string[],
): ReadonlyMap<string, Voter[]> | undefined {
  const key = [...new Set(eventIds)].sort().join('|');
  return useLiveQuery(async () => {
    const ids = key === '' ? [] : key.split('|');
    const byEvent = new Map<string, Voter[]>();
    for (const eventId of ids) {
      const records = effectiveAttendance(
        await db.attendance.where('eventId').equals(eventId).toArray(),
      ).filter((record) => record.status === 'checked-in');
      const people = await db.people.bulkGet(records.map((record) => record.personId));
      const voters: Voter[] = [];
      for (const person of people) {
        if (person) voters.push({ id: person.id, name: displayName(person) });
      }
      byEvent.set(
        eventId,
        voters.sort((a, b) => compareLabels(a.name, b.name) || (a.id < b.id ? -1 : 1)),
      );
    }
    return byEvent;
  }, [db, key]);
}

export interface RoundState {
  tally: Tally;
  /** Who has voted (anonymous rounds: from the markers, which hold no vote). */
  voted: Set<string>;
  entries: VoteEntry[];
}

/** The round's count and who has voted, kept live as votes arrive. */
export function useRoundState(db: TwoFeetDb, round: Round): RoundState | undefined {
  return useLiveQuery(async () => {
    const [tally, entries] = await Promise.all([tallyOf(db, round), voteEntries(db, round)]);
    return { tally, entries, voted: new Set(entries.map((entry) => entry.personId)) };
  }, [db, round]);
}
