import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import type { Person } from '../../../src-renderer/domain/people/person';
import type { Taskforce } from '../../../src-renderer/domain/taskforce';
import { type AttendancePlan, generateAttendance } from './attendance';
import { BENCH_TODAY } from './calendar';
import { generateEvents } from './events';
import { type ExpensesPlan, generateExpenses } from './expenses';
import { type InvolvementPlan, generateInvolvement } from './involvement';
import { generatePeople, peopleCsv } from './people';
import { Prng } from './prng';
import { type SurveysPlan, generateSurveys } from './surveys';
import { generateTaskforces } from './taskforces';
import { type VotingPlan, generateVoting } from './voting';
export { type DatasetSummary, fingerprint, summarise } from './summary';

/**
 * The benchmark's dataset: every table's rows, exactly as the app stores them.
 *
 * To add a table group (people, attendance, votes…): write `data/<group>.ts` with a
 * `generate<Group>(prng, …)` function that returns stored records, give it its own
 * `root.fork('<group>')` stream below (so existing groups keep their rows), add its size to
 * DatasetSizes and its rows to `storedTables` (or, like people, keep it out of the seed and
 * let its own operations write it).
 */
export interface BenchDataset {
  today: string;
  taskforces: Taskforce[];
  events: TaskforceEvent[];
  /**
   * The register (issue 3). Not in `storedTables`: the seed does not write it, the people
   * operations do (people-search seeds it, people-import empties it before each import).
   */
  people: Person[];
  /** The same people as a spreadsheet saved as CSV UTF-8, for the import. */
  peopleCsv: string;
  /** Memberships, attendance, and the boards with their movement logs (data/attendance.ts). */
  attendance: AttendancePlan;
  voting: VotingPlan;
  surveys: SurveysPlan;
  expenses: ExpensesPlan;
  involvement: InvolvementPlan;
}

export interface DatasetSizes {
  taskforces: number;
  events: number;
  people: number;
  /** Attendance rows and board movement-log entries together. */
  attendanceAndMovements: number;
  rounds: number;
  surveyResponses: number;
  claims: number;
  linesPerClaim: number;
  receipts: number;
  involvementPayments: number;
}

/** The sizes the issues ask for (issue 9; issue 3: 5,000 people). */
export const FULL_SIZES: DatasetSizes = {
  taskforces: 10,
  events: 300,
  people: 5000,
  attendanceAndMovements: 50_000,
  rounds: 500,
  surveyResponses: 20_000,
  claims: 2_000,
  linesPerClaim: 5,
  receipts: 2_000,
  involvementPayments: 1_000,
};

export const DEFAULT_SEED = 'two-feet-bench-1';

export function generateDataset(
  seed: string = DEFAULT_SEED,
  sizes: DatasetSizes = FULL_SIZES,
  today: string = BENCH_TODAY,
): BenchDataset {
  const root = new Prng(seed);
  const plans = generateTaskforces(root.fork('taskforces'), sizes.taskforces, today);
  const events = generateEvents(root.fork('events'), plans, sizes.events, today);
  const people = generatePeople(root.fork('people'), sizes.people, today);
  const taskforces = plans.map((plan) => plan.record);
  const register = people.map((plan) => plan.record);
  const attendance = generateAttendance(
    root.fork('attendance'),
    root.fork('board'),
    taskforces,
    events,
    register,
    sizes.attendanceAndMovements,
    today,
  );
  const { checkedIn, votingEventId } = attendance;
  return {
    today,
    taskforces,
    events,
    people: register,
    peopleCsv: peopleCsv(people),
    attendance,
    voting: generateVoting(root.fork('voting'), events, checkedIn, votingEventId, sizes.rounds),
    surveys: generateSurveys(
      root.fork('surveys'),
      taskforces,
      events,
      register.map((person) => person.id),
      sizes.surveyResponses,
      today,
    ),
    expenses: generateExpenses(
      root.fork('expenses'),
      events,
      checkedIn,
      sizes.claims,
      sizes.linesPerClaim,
      sizes.receipts,
    ),
    involvement: generateInvolvement(
      root.fork('involvement'),
      events,
      checkedIn,
      sizes.involvementPayments,
    ),
  };
}

/** Rows by IndexedDB object store name, in the order the seed writes them (people are not). */
export function storedTables(dataset: BenchDataset): Record<string, readonly object[]> {
  return { taskforces: dataset.taskforces, events: dataset.events };
}

/**
 * The rest of the dataset, by object store and in groups that go into one transaction each:
 * written once after the seed's timed runs (see operations/seed.ts), so that every later
 * operation works on the whole app's data.
 */
export function wholeDatasetGroups(dataset: BenchDataset): Record<string, readonly object[]>[] {
  const { attendance, voting, surveys, expenses } = dataset;
  const boards = (pick: (b: AttendancePlan['boards'][number]) => readonly object[]) =>
    attendance.boards.flatMap(pick);
  return [
    {
      people: dataset.people,
      memberships: attendance.memberships,
      attendance: attendance.attendance,
    },
    {
      boardSlots: boards((b) => b.slots),
      boardSpaces: boards((b) => b.spaces),
      boardTopics: boards((b) => b.topics),
      boardCells: boards((b) => b.cells),
      boardMovements: boards((b) => b.movements),
    },
    {
      proposals: voting.proposals,
      rounds: voting.rounds,
      namedVotes: voting.namedVotes,
      anonymousBallots: voting.anonymousBallots,
      votedMarkers: voting.votedMarkers,
      outcomes: voting.outcomes,
    },
    {
      surveyForms: surveys.forms,
      surveyFormVersions: surveys.versions,
      surveySchedules: surveys.schedules,
      surveyResponses: surveys.responses,
    },
    { claims: expenses.claims, receipts: expenses.receipts },
    {
      expensePolicies: dataset.involvement.policies,
      involvementPayments: dataset.involvement.payments,
    },
  ];
}
