import { type Person, displayName } from '../../domain/people/person';

type Named = Pick<Person, 'name' | 'preferredName'>;

const key = (person: Named) => displayName(person).toLocaleLowerCase('en-GB');

/**
 * The names shown for more than one of these people. Screens at the door show the name each
 * person goes by; a legal name appears only where it is needed to tell two people apart.
 */
export function sharedNames(people: Iterable<Named>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const person of people) {
    const name = key(person);
    if (seen.has(name)) shared.add(name);
    seen.add(name);
  }
  return shared;
}

/** The full name, only when another person on screen goes by the same name and it differs. */
export function fullNameIfNeeded(person: Named, shared: ReadonlySet<string>): string | undefined {
  const full = person.name.trim();
  return shared.has(key(person)) && full !== displayName(person) ? full : undefined;
}

/** "Sam" or, when two people shown are called Sam, "Sam (Samuel Jones)": for accessible names. */
export function nameToTellApart(person: Named, shared: ReadonlySet<string>): string {
  const full = fullNameIfNeeded(person, shared);
  return full ? `${displayName(person)} (${full})` : displayName(person);
}
