import { ConsentFormsScreen } from '../consent/ConsentFormsScreen';
import { ReachReportScreen } from '../consent/ReachReportScreen';
import { ImportScreen } from './ImportScreen';
import { PeopleScreen } from './PeopleScreen';
import { PersonPage } from './PersonPage';

/**
 * #/people                  the register: search, add, open a person
 * #/people/import           import people from a spreadsheet
 * #/people/consent-forms    consent forms and their versions
 * #/people/reach            equality monitoring: reach report (aggregates only)
 * #/people/<id>             one person: details, membership, consent, equality, rights
 */
export function PeopleArea({ rest }: { rest: string[] }) {
  const [first] = rest;
  if (first === 'import') return <ImportScreen />;
  if (first === 'consent-forms') return <ConsentFormsScreen />;
  if (first === 'reach') return <ReachReportScreen />;
  if (first) return <PersonPage personId={first} />;
  return <PeopleScreen />;
}
