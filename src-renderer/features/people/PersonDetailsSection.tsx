import type { Person } from '../../domain/people/person';

/** Placeholder: being built for issue 3. */
export function PersonDetailsSection(_props: { person: Person }) {
  return null;
}
