import type { Operation } from '../operation';
import { backupOperation } from './backup';
import { boardOperation } from './board';
import { eventSearchOperation } from './event-search';
import { eventsScreenOperation } from './events-screen';
import { expensesOperation } from './expenses';
import { peopleImportOperation } from './people-import';
import { peopleSearchOperation } from './people-search';
import { seedOperation } from './seed';
import { surveysOperation } from './surveys';
import { votingOperation } from './voting';

/** Every measured operation, in the order they run (seed first: it writes the dataset). */
export const OPERATIONS: readonly Operation[] = [
  seedOperation,
  eventsScreenOperation,
  eventSearchOperation,
  // Seeds the people table itself (the seed does not write people).
  peopleSearchOperation,
  // Empties the people table before each import: it runs after the search.
  peopleImportOperation,
  // After the people operations, so that the register is in the backup.
  backupOperation,
  // Writes 1,000 claims (and 250 claimants) after the seed's events exist.
  expensesOperation,
  // Writes its own board and check-ins (and 150 people): after the others have read theirs.
  boardOperation,
  // Writes its own taskforce, form and 4,000 survey responses.
  surveysOperation,
  // Writes its own meeting, 300 people checked in and 4 rounds (900 votes).
  votingOperation,
];
