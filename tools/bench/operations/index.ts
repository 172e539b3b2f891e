import type { Operation } from '../operation';
import { eventSearchOperation } from './event-search';
import { eventsScreenOperation } from './events-screen';
import { seedOperation } from './seed';

/** Every measured operation, in the order they run (seed first: it writes the dataset). */
export const OPERATIONS: readonly Operation[] = [
  seedOperation,
  eventsScreenOperation,
  eventSearchOperation,
];
