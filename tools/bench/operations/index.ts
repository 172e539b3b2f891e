import type { Operation } from '../operation';
import { appStartOperation } from './app-start';
import { backupOperation } from './backup';
import { boardOperation } from './board';
import { eventSearchOperation } from './event-search';
import { eventsScreenOperation } from './events-screen';
import { expensesOperation } from './expenses';
import { exportsOperation } from './exports';
import { peopleImportOperation } from './people-import';
import { peopleSearchOperation } from './people-search';
import { screensOperation } from './screens';
import { seedOperation } from './seed';
import { surveysOperation } from './surveys';
import { votingOperation } from './voting';

/** Every measured operation, in the order they run (seed first: it writes the dataset). */
export const OPERATIONS: readonly Operation[] = [
  // Writes the whole dataset; every later operation reads it.
  seedOperation,
  appStartOperation,
  eventsScreenOperation,
  eventSearchOperation,
  // Writes the generated people again (the same rows as the seed), then searches them.
  peopleSearchOperation,
  // Empties the people table before each import, and puts the generated register back after.
  peopleImportOperation,
  // Reads only.
  screensOperation,
  // Today's seeded board: each drop swaps two topics (an even number of drops restores them).
  boardOperation,
  // The seeded meeting: takes back and re-casts the open round's 300th vote.
  votingOperation,
  // Read only: the seeded taskforce's change report.
  surveysOperation,
  // Read only: exports of the seeded claims.
  expensesOperation,
  // Read only (the audit log grows by the exports it records).
  exportsOperation,
  // Last: each restore replaces every table with the same data (and adds audit entries).
  backupOperation,
];
