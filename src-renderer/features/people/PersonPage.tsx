import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { PersonAttendanceSection } from '../checkin/PersonAttendanceSection';
import { PersonConsentSection } from '../consent/PersonConsentSection';
import { PersonEqualitySection } from '../consent/PersonEqualitySection';
import { PersonRightsSection } from '../rights/PersonRightsSection';
import { PersonDetailsSection } from './PersonDetailsSection';
import { PersonMembershipSection } from './PersonMembershipSection';

/** One person's page: each section belongs to the feature that owns that data. */
export function PersonPage({ personId }: { personId: string }) {
  const { db } = useApp();
  const person = useLiveQuery(async () => (await db.people.get(personId)) ?? null, [db, personId]);
  if (person === undefined) return <p aria-busy="true">Loading…</p>;
  if (person === null)
    return <NotFound what="Person" backHref={routeHref('people')} backLabel="Back to people" />;
  return (
    <article aria-labelledby="person-title">
      <p>
        <a href={routeHref('people')}>← All people</a>
      </p>
      <h1 id="person-title" tabIndex={-1}>
        {person.preferredName || person.name}
      </h1>
      <PersonDetailsSection person={person} />
      <PersonConsentSection person={person} />
      <PersonMembershipSection person={person} />
      <PersonAttendanceSection person={person} />
      <PersonEqualitySection person={person} />
      <PersonRightsSection person={person} />
    </article>
  );
}
