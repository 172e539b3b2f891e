import { useLiveQuery } from 'dexie-react-hooks';
import type { TwoFeetDb } from '../../data/db';
import type { Person } from '../../domain/people/person';
import { searchWords } from '../../domain/text';
import { PAGE_SIZE } from './Pager';

export interface PeoplePage {
  people: Person[];
  /** How many people match (everyone on the register when not searching). */
  total: number;
  /** How many are on the register at all, to tell "no matches" from "no one yet". */
  registered: number;
}

/** The sortName index's own order (then id, as an index breaks ties), so both lists agree. */
function bySortName(a: Person, b: Person): number {
  if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The search terms: words of names and email, or, for something that looks like a phone
 * number ("07700 900"), its digits together, since the index holds the number's digits as one word.
 */
export function searchTerms(query: string): string[] {
  const trimmed = query.trim();
  if (/\d/.test(trimmed) && /^[\d\s()+\-./]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return digits ? [digits] : [];
  }
  return searchWords(trimmed);
}

/**
 * One page of the register, in A to Z order of sortName (case and accents ignored). Without a
 * search it walks the sortName index (no full read, so it stays fast with 5,000 people); with a
 * search it asks the *words index for the first term and checks the other terms on those
 * candidates only, sorted the same way.
 */
export function usePeoplePage(db: TwoFeetDb, query: string, page: number): PeoplePage | undefined {
  return useLiveQuery(async () => {
    const registered = await db.people.count();
    const [first, ...rest] = searchTerms(query);
    if (first === undefined) {
      const people = await db.people
        .orderBy('sortName')
        .offset(page * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .toArray();
      return { people, total: registered, registered };
    }
    const candidates = await db.people.where('words').startsWith(first).distinct().toArray();
    const matches = candidates
      .filter((p) => rest.every((term) => p.words.some((word) => word.startsWith(term))))
      .sort(bySortName);
    return {
      people: matches.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE),
      total: matches.length,
      registered,
    };
  }, [db, query, page]);
}
