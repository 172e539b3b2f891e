import {
  LADDER_RUNGS,
  type LadderRung,
  type TaskforceEvent,
} from '../../../src-renderer/domain/event';
import { searchWords } from '../../../src-renderer/domain/text';
import { addDays, daysBetween, timeOfDay, timestamp } from './calendar';
import { apportion, type Prng } from './prng';
import type { TaskforcePlan } from './taskforces';
import { PLACES, makeVenue, personName, type Venue } from './uk';

/** How far ahead the taskforces have planned, in days after "today". */
const PLANNED_AHEAD_DAYS = 150;

const TITLE_FORMS: readonly ((topic: string) => string)[] = [
  (t) => `Open space: ${t}`,
  (t) => `Listening session on ${t}`,
  (t) => `Drop-in: ${t}`,
  (t) => `Community conversation about ${t}`,
  (t) => `Co-design workshop: ${t}`,
  (t) => `Coffee morning on ${t}`,
  (t) => `Feedback evening: ${t}`,
  (t) => `Planning meeting: ${t}`,
];

const SLOTS: readonly (readonly [number, number])[] = [
  // [start, length] in minutes: mornings, afternoons, evenings.
  [9 * 60 + 30, 120],
  [10 * 60, 180],
  [10 * 60 + 30, 90],
  [13 * 60, 150],
  [14 * 60, 120],
  [17 * 60 + 30, 120],
  [18 * 60, 90],
  [18 * 60 + 30, 150],
];

const RUNGS: readonly (readonly [LadderRung, number])[] = [
  [LADDER_RUNGS[0], 2],
  [LADDER_RUNGS[1], 4],
  [LADDER_RUNGS[2], 5],
  [LADDER_RUNGS[3], 3],
  [LADDER_RUNGS[4], 1],
];

const ACCESS_NOTES = [
  'Ramp at the side entrance; ring the bell.',
  'BSL interpreter booked.',
  'Parking for blue badge holders at the front.',
  'Lift to the first floor is small: one wheelchair at a time.',
  'Quiet room is the vestry, down the corridor on the left.',
  'Large-print agendas on the welcome table.',
];

const NOTES = [
  'Bring the feedback cards and the consent forms.',
  'Tea and coffee provided; halal and vegetarian food.',
  'Childcare available in the room next door.',
  'Travel expenses paid on the day: bring receipts.',
  'Follow-up from the last session: share what changed.',
  'Room booked until half an hour after the end for tidying up.',
];

/**
 * `count` events spread over the taskforces (unevenly, as in real life), from each
 * taskforce's start date to a few months after `today`: most past, some upcoming.
 */
export function generateEvents(
  p: Prng,
  taskforces: readonly TaskforcePlan[],
  count: number,
  today: string,
): TaskforceEvent[] {
  const weights = taskforces.map((_, i) => 0.5 + p.fork(`weight-${i}`).next());
  const perTaskforce = apportion(count, weights);
  const events: TaskforceEvent[] = [];
  taskforces.forEach((plan, t) => {
    const r = p.fork(`taskforce-${t}`);
    const venues: Venue[] = plan.places.flatMap((key) =>
      Array.from({ length: 4 }, () => makeVenue(r, PLACES[key])),
    );
    const leads = Array.from({ length: 3 }, () => personName(r));
    const counsellors = Array.from({ length: 2 }, () => personName(r));
    const span = daysBetween(plan.record.startDate, today) + PLANNED_AHEAD_DAYS;
    for (let i = 0; i < (perTaskforce[t] ?? 0); i++) {
      // The first event of the first taskforce is today, so that "Today" shows too.
      const date = t === 0 && i === 0 ? today : addDays(plan.record.startDate, r.int(0, span));
      events.push(makeEvent(r, plan, date, today, { venues, leads, counsellors }));
    }
  });
  return events;
}

function makeEvent(
  r: Prng,
  plan: TaskforcePlan,
  date: string,
  today: string,
  pools: { venues: readonly Venue[]; leads: readonly string[]; counsellors: readonly string[] },
): TaskforceEvent {
  const venue = r.pick(pools.venues);
  const title = r.pick(TITLE_FORMS)(r.pick(plan.topics));
  const [start, length] = r.pick(SLOTS);
  // Created a few weeks before the event, and never after "today".
  const createdDate = minDate(addDays(date, -r.int(7, 60)), addDays(today, -1));
  const createdAt = timestamp(createdDate, timeOfDay(r.int(9 * 60, 17 * 60)));
  const edited = r.chance(0.35);
  const updatedDate = minDate(addDays(createdDate, r.int(1, 20)), today);
  return {
    id: r.uuid(),
    taskforceId: plan.record.id,
    title,
    date,
    startTime: timeOfDay(start),
    endTime: timeOfDay(start + length),
    venueName: venue.name,
    venueAddress: venue.address,
    access: {
      stepFree: r.chance(0.8),
      hearingLoop: r.chance(0.45),
      quietRoom: r.chance(0.3),
      accessibleToilets: r.chance(0.75),
    },
    accessNotes: r.chance(0.4) ? r.pick(ACCESS_NOTES) : '',
    safeguardingLead: r.chance(0.9) ? r.pick(pools.leads) : '',
    counsellorOnDuty: r.chance(0.5) ? r.pick(pools.counsellors) : '',
    ladderRung: r.weighted(RUNGS),
    notes: r.chance(0.5) ? r.pick(NOTES) : '',
    words: searchWords(title, venue.name, venue.address),
    createdAt,
    updatedAt: edited ? timestamp(updatedDate, '11:05') : createdAt,
    version: edited ? r.int(2, 4) : 1,
  };
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
