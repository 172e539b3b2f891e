import type { CareKind, ExpenseCategory, Vehicle } from '../../domain/expenses/categories';
import type { ClaimLine, LineField } from '../../domain/expenses/lines';
import { parseHours, parseMiles, parsePassengers } from '../../domain/expenses/lines';
import { parsePounds } from '../../domain/expenses/money';
import type { FieldErrors } from '../../domain/result';

/** What the line form holds while being typed: text, as typed, until it is parsed. */
export interface LineForm {
  id: string;
  category: ExpenseCategory;
  date: string;
  description: string;
  amount: string;
  vehicle: Vehicle;
  from: string;
  to: string;
  miles: string;
  passengers: string;
  kind: CareKind;
  hours: string;
  rate: string;
}

const pounds = (pence: number) => (pence / 100).toFixed(2);

export function emptyLineForm(id: string, date: string): LineForm {
  return {
    id,
    category: 'public-transport',
    date,
    description: '',
    amount: '',
    vehicle: 'car-or-van',
    from: '',
    to: '',
    miles: '',
    passengers: '',
    kind: 'replacement-care',
    hours: '',
    rate: '',
  };
}

export function lineFormOf(line: ClaimLine): LineForm {
  const form = { ...emptyLineForm(line.id, line.date), category: line.category };
  form.description = line.description;
  if (line.category === 'mileage') {
    return {
      ...form,
      vehicle: line.vehicle,
      from: line.from,
      to: line.to,
      miles: String(line.miles),
      passengers: line.passengers === 0 ? '' : String(line.passengers),
    };
  }
  if (line.category === 'care-and-support') {
    return {
      ...form,
      kind: line.kind,
      hours: String(line.hours),
      rate: pounds(line.hourlyRatePence),
    };
  }
  return { ...form, amount: pounds(line.amountPence) };
}

export type LineParse =
  { ok: true; line: ClaimLine } | { ok: false; errors: FieldErrors<LineField> };

/**
 * Reads the typed text into a line, refusing at the field anything that is not a real amount:
 * negative, too many decimal places, over the most one line may hold.
 */
export function parseLineForm(form: LineForm, maxLinePence: number): LineParse {
  const base = { id: form.id, date: form.date, description: form.description, receiptIds: [] };
  if (form.category === 'mileage') {
    const miles = parseMiles(form.miles);
    const passengers = parsePassengers(form.passengers);
    if (!miles.ok || !passengers.ok) {
      return {
        ok: false,
        errors: {
          miles: miles.ok ? undefined : miles.message,
          passengers: passengers.ok ? undefined : passengers.message,
        },
      };
    }
    return {
      ok: true,
      line: {
        ...base,
        category: 'mileage',
        vehicle: form.vehicle,
        from: form.from,
        to: form.to,
        miles: miles.value,
        passengers: passengers.value,
        amountPence: 0,
      },
    };
  }
  if (form.category === 'care-and-support') {
    const hours = parseHours(form.hours);
    const rate = parsePounds(form.rate, { maxPence: maxLinePence });
    if (!hours.ok || !rate.ok) {
      return {
        ok: false,
        errors: {
          hours: hours.ok ? undefined : hours.message,
          hourlyRatePence: rate.ok ? undefined : rate.message,
        },
      };
    }
    return {
      ok: true,
      line: {
        ...base,
        category: 'care-and-support',
        kind: form.kind,
        hours: hours.value,
        hourlyRatePence: rate.pence,
        amountPence: 0,
      },
    };
  }
  const amount = parsePounds(form.amount, { maxPence: maxLinePence });
  if (!amount.ok) return { ok: false, errors: { amountPence: amount.message } };
  return { ok: true, line: { ...base, category: form.category, amountPence: amount.pence } };
}
