import { isIsoDate } from '../dates';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import type { CareKind, Vehicle } from './categories';
import { CARE_KINDS, CARE_KIND_LABELS, VEHICLES, VEHICLE_LABELS } from './categories';
import { DEFAULT_MAX_LINE_PENCE, formatPence, multiplyRate, toScaled } from './money';

/** Fields every line has. `amountPence` is typed for most lines and worked out for the rest. */
interface LineBase {
  id: string;
  /** "YYYY-MM-DD": the date of travel or of the cost; picks the policy version in force. */
  date: string;
  description: string;
  /** Ids of the receipt files (photos or PDFs) attached to this line. */
  receiptIds: string[];
  /** Whole pence. Worked out by `priceClaimLines` for mileage and care lines. */
  amountPence: number;
}

/** How a mileage line was priced, kept with it so the claim form can show the working. */
export interface MileageSplit {
  taxYear: string;
  policyEffectiveFrom: string;
  /** Miles at the first rate (for a motorcycle or bicycle, all of them at its flat rate). */
  firstMiles: number;
  firstRatePence: number;
  firstAmountPence: number;
  /** Car or van miles beyond the yearly threshold. */
  secondMiles: number;
  secondRatePence: number;
  secondAmountPence: number;
  passengers: number;
  passengerRatePence: number;
  passengerAmountPence: number;
}

export interface MileageLine extends LineBase {
  category: 'mileage';
  vehicle: Vehicle;
  from: string;
  to: string;
  /** Up to one decimal place. */
  miles: number;
  /** Fellow travellers carried, each adding the passenger rate per mile. */
  passengers: number;
  /** Set when priced; absent while the line is being typed. */
  split?: MileageSplit;
}

export interface AmountLine extends LineBase {
  category: 'public-transport' | 'parking' | 'taxi' | 'accommodation' | 'meals' | 'other';
}

export interface CareLine extends LineBase {
  category: 'care-and-support';
  kind: CareKind;
  /** Up to two decimal places (a quarter of an hour is 0.25). */
  hours: number;
  hourlyRatePence: number;
}

export type ClaimLine = MileageLine | AmountLine | CareLine;

export type LineField =
  | 'date'
  | 'description'
  | 'amountPence'
  | 'vehicle'
  | 'from'
  | 'to'
  | 'miles'
  | 'passengers'
  | 'kind'
  | 'hours'
  | 'hourlyRatePence';

export const MAX_MILES_PER_LINE = 2_000;
/** A minibus on a car licence carries at most 8; a D1 minibus up to 16. */
export const MAX_PASSENGERS = 16;
/** A week: longer care is split into lines so each can be checked against its invoice. */
export const MAX_HOURS_PER_LINE = 168;

export type NumberParse = { ok: true; value: number } | { ok: false; message: string };

/** "12.3" → 12.3. Miles take one decimal place, as a trip meter shows them. */
export function parseMiles(text: string): NumberParse {
  return parseDecimal(text, {
    decimals: 1,
    max: MAX_MILES_PER_LINE,
    empty: 'Enter the miles travelled, for example 12.5.',
    places: 'Enter miles to no more than 1 decimal place, for example 12.5.',
    tooMany: `One line can hold at most ${MAX_MILES_PER_LINE.toLocaleString('en-GB')} miles. Split a longer journey into lines.`,
  });
}

/** "2.5" → 2.5 hours; "2:30" is not accepted, to avoid reading it as 2.3. */
export function parseHours(text: string): NumberParse {
  return parseDecimal(text, {
    decimals: 2,
    max: MAX_HOURS_PER_LINE,
    empty: 'Enter the hours, for example 2.5 for two and a half hours.',
    places: 'Enter hours to no more than 2 decimal places, for example 2.25.',
    tooMany: `One line can hold at most ${MAX_HOURS_PER_LINE} hours. Use a line per week.`,
  });
}

export function parsePassengers(text: string): NumberParse {
  const value = text.trim();
  if (value === '') return { ok: true, value: 0 };
  if (!/^\d+$/.test(value))
    return { ok: false, message: 'Enter the number of passengers, e.g. 1.' };
  const count = Number(value);
  if (count > MAX_PASSENGERS) {
    return { ok: false, message: `Enter no more than ${MAX_PASSENGERS} passengers.` };
  }
  return { ok: true, value: count };
}

function parseDecimal(
  text: string,
  rule: { decimals: number; max: number; empty: string; places: string; tooMany: string },
): NumberParse {
  const value = text.trim();
  if (value === '') return { ok: false, message: rule.empty };
  if (value.startsWith('-')) return { ok: false, message: 'This cannot be negative.' };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(value);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) {
    return { ok: false, message: 'Enter digits only, for example 12.5.' };
  }
  if ((match[2] ?? '').length > rule.decimals) return { ok: false, message: rule.places };
  const number = Number(value);
  if (number === 0) return { ok: false, message: 'Enter more than 0.' };
  if (number > rule.max) return { ok: false, message: rule.tooMany };
  return { ok: true, value: number };
}

/** Hours × hourly rate, rounded half up to the penny (see `multiplyRate`). */
export function careAmountPence(hours: number, hourlyRatePence: number): number {
  return multiplyRate(hourlyRatePence, hours, 2);
}

/**
 * Checks one line as entered. Mileage amounts are not checked here: they depend on the tax
 * year's running total and are worked out by `priceClaimLines`.
 */
export function validateLine(
  line: ClaimLine,
  maxLinePence: number = DEFAULT_MAX_LINE_PENCE,
): Validated<ClaimLine, LineField> {
  const errors: FieldErrors<LineField> = {
    date: isIsoDate(line.date) ? undefined : 'Enter the date of the journey or cost.',
    description: checkText(line.description, {
      label: 'a description',
      required: line.category === 'other',
      max: LIMITS.shortText,
    }),
  };
  if (line.category === 'mileage') {
    errors.vehicle = VEHICLES.includes(line.vehicle) ? undefined : 'Choose the vehicle.';
    errors.from = checkText(line.from, { label: 'where from', required: true, max: LIMITS.name });
    errors.to = checkText(line.to, { label: 'where to', required: true, max: LIMITS.name });
    errors.miles = checkQuantity(line.miles, 1, MAX_MILES_PER_LINE, 'miles');
    errors.passengers = checkPassengers(line);
    if (hasErrors(errors)) return { ok: false, errors };
    return {
      ok: true,
      value: { ...line, ...trimmed(line), from: line.from.trim(), to: line.to.trim() },
    };
  }
  if (line.category === 'care-and-support') {
    errors.kind = CARE_KINDS.includes(line.kind)
      ? undefined
      : 'Choose the kind of care or support.';
    errors.hours = checkQuantity(line.hours, 2, MAX_HOURS_PER_LINE, 'hours');
    errors.hourlyRatePence = checkAmount(line.hourlyRatePence, maxLinePence, 'The hourly rate');
    if (!errors.hours && !errors.hourlyRatePence) {
      errors.amountPence = checkAmount(
        careAmountPence(line.hours, line.hourlyRatePence),
        maxLinePence,
        'Hours × rate',
      );
    }
    if (hasErrors(errors)) return { ok: false, errors };
    const amountPence = careAmountPence(line.hours, line.hourlyRatePence);
    return { ok: true, value: { ...line, ...trimmed(line), amountPence } };
  }
  errors.amountPence = checkAmount(line.amountPence, maxLinePence, 'The amount');
  if (hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: { ...line, ...trimmed(line) } };
}

function trimmed(line: ClaimLine) {
  return { description: line.description.trim() };
}

function checkQuantity(value: number, decimals: number, max: number, unit: string) {
  if (toScaled(value, decimals) === undefined) {
    return `Enter ${unit} as a number with no more than ${decimals} decimal place${decimals === 1 ? '' : 's'}.`;
  }
  if (value <= 0) return `Enter more than 0 ${unit}.`;
  if (value > max) return `One line can hold at most ${max.toLocaleString('en-GB')} ${unit}.`;
  return undefined;
}

function checkPassengers(line: MileageLine): string | undefined {
  if (!Number.isInteger(line.passengers) || line.passengers < 0) {
    return 'Enter the number of passengers as a whole number.';
  }
  if (line.passengers > MAX_PASSENGERS) return `Enter no more than ${MAX_PASSENGERS} passengers.`;
  // HMRC's passenger payment is for cars and vans only.
  if (line.passengers > 0 && line.vehicle !== 'car-or-van') {
    return 'Passengers can only be claimed for a car or van.';
  }
  return undefined;
}

function checkAmount(pence: number, maxPence: number, what: string): string | undefined {
  if (!Number.isSafeInteger(pence)) return `${what} must be in pounds and pence.`;
  if (pence < 0) return `${what} cannot be negative.`;
  if (pence === 0) return `${what} must be more than £0.00.`;
  if (pence > maxPence) {
    return `${what} is over ${formatPence(maxPence)}, the most one line can hold. Check it, or ask finance.`;
  }
  return undefined;
}

/** One line in words, for the claim form and the finance export. */
export function describeLine(line: ClaimLine): string {
  const note = line.description.trim();
  const withNote = (text: string) => (note === '' ? text : `${text} — ${note}`);
  if (line.category === 'mileage') {
    const passengers =
      line.passengers === 0
        ? ''
        : `, ${line.passengers} passenger${line.passengers === 1 ? '' : 's'}`;
    return withNote(
      `${VEHICLE_LABELS[line.vehicle]}: ${line.from} to ${line.to}, ${line.miles} miles${passengers}`,
    );
  }
  if (line.category === 'care-and-support') {
    return withNote(
      `${CARE_KIND_LABELS[line.kind]}: ${line.hours} hours at ${formatPence(line.hourlyRatePence)} an hour`,
    );
  }
  return note;
}
