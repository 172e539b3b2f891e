import type { Operation } from '../operation';
import { eventSearchOperation } from './event-search';
import { eventsScreenOperation } from './events-screen';
import { peopleImportOperation } from './people-import';
import { peopleSearchOperation } from './people-search';
import { seedOperation } from './seed';

/** Every measured operation, in the order they run (seed first: it writes the dataset). */
export const OPERATIONS: readonly Operation[] = [
  seedOperation,
  eventsScreenOperation,
  eventSearchOperation,
  // Seeds the people table itself (the seed does not write people).
  peopleSearchOperation,
  // Empties the people table before each import: it runs after the search.
  peopleImportOperation,
];
