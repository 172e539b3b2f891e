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
  /** What this page answers: a live query keeps showing its last answer while the next runs. */
  query: string;
  page: number;
}

/** Up to this many matches are read and sorted in memory; beyond it the sortName index is walked. */
const READ_ALL_UP_TO = 400;

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
 * search it walks the sortName index. With one, each term's matches come from the *words index
 * as keys only (cheap even when a single letter matches most of the register), and the sets are
 * intersected: a person matches when every term starts one of their words. Few matches are read
 * and sorted in memory; many are paged by walking the sortName index, which stops once the page
 * is full.
 */
export function usePeoplePage(db: TwoFeetDb, query: string, page: number): PeoplePage | undefined {
  return useLiveQuery(async () => {
    const registered = await db.people.count();
    const terms = searchTerms(query);
    const answer = { registered, query, page };
    if (terms.length === 0) {
      const people = await db.people
        .orderBy('sortName')
        .offset(page * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .toArray();
      return { ...answer, people, total: registered };
    }
    const keySets = await Promise.all(
      terms.map((term) => db.people.where('words').startsWith(term).primaryKeys()),
    );
    const ids = intersect(keySets);
    if (ids.size <= READ_ALL_UP_TO) {
      const found = await db.people.bulkGet([...ids]);
      const matches = found.filter((p): p is Person => p !== undefined).sort(bySortName);
      return {
        ...answer,
        people: matches.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE),
        total: ids.size,
      };
    }
    const people = await db.people
      .orderBy('sortName')
      .filter((person) => ids.has(person.id))
      .offset(page * PAGE_SIZE)
      .limit(PAGE_SIZE)
      .toArray();
    return { ...answer, people, total: ids.size };
  }, [db, query, page]);
}

function intersect(keySets: readonly string[][]): Set<string> {
  const [first = [], ...others] = [...keySets].sort((a, b) => a.length - b.length);
  const rest = others.map((keys) => new Set(keys));
  return new Set(first.filter((id) => rest.every((set) => set.has(id))));
}
