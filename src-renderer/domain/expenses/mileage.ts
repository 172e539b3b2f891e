import { isIsoDate } from '../dates';
import type { ClaimStatus } from './claim';
import type { ClaimLine, MileageLine, MileageSplit } from './lines';
import { careAmountPence } from './lines';
import { roundHalfUpDivide, toScaled } from './money';
import type { ExpensePolicyInput } from './policy';
import { policyInForce } from './policy';
import { taxYearOf } from './tax-year';

/**
 * Prices mileage with HMRC approved mileage allowance rules:
 *
 * - Car or van: the first rate for business miles up to the threshold (10,000) in a tax year,
 *   per claimant, then the second rate. A line that crosses the threshold is split.
 * - Motorcycle and bicycle: HMRC sets one flat rate with no threshold, so their miles are
 *   priced at that rate and do not count towards the car or van running total.
 * - Passengers (car or van only): the passenger rate × passengers × miles, never split.
 *
 * Miles are counted in whole tenths of a mile, so a running total of 9,999.9 + 0.1 is exactly
 * 10,000. Each part (first-rate miles, second-rate miles, passenger miles) is rounded half up to
 * the penny on its own and the line is their sum, so the working on the claim form adds up.
 */

/** Tax-year label ("2026-27") → tenths of a mile by car or van already claimed that year. */
export type PriorMileage = Readonly<Record<string, number>>;

export interface LineProblem {
  lineId: string;
  message: string;
}

export interface PricedLines<L extends ClaimLine = ClaimLine> {
  /** The same lines in the same order, with `amountPence` (and a mileage `split`) filled in. */
  lines: L[];
  /** Lines that could not be priced (amount left at 0): no policy, or unreadable miles. */
  problems: LineProblem[];
}

/**
 * Works out every line's amount. Mileage lines are taken in date order (ties keep their order
 * in the claim) so the threshold falls on the right journey; rates come from the policy version
 * in force on each line's own date, so a rate change mid-claim applies from its date.
 */
export function priceClaimLines<L extends ClaimLine>(
  lines: readonly L[],
  policies: readonly ExpensePolicyInput[],
  prior: PriorMileage,
): PricedLines<L> {
  const result: L[] = [...lines];
  const problems: (LineProblem & { index: number })[] = [];
  const running = new Map<string, number>(Object.entries(prior));

  lines.forEach((line, index) => {
    if (line.category === 'care-and-support') {
      const amountPence =
        toScaled(line.hours, 2) === undefined || !Number.isSafeInteger(line.hourlyRatePence)
          ? 0
          : careAmountPence(line.hours, line.hourlyRatePence);
      result[index] = { ...line, amountPence };
    }
  });

  const mileage = lines
    .map((line, index) => ({ line, index }))
    .filter((entry): entry is { line: L & MileageLine; index: number } => {
      return entry.line.category === 'mileage';
    })
    .sort((a, b) => a.line.date.localeCompare(b.line.date) || a.index - b.index);

  for (const { line, index } of mileage) {
    const priced = priceMileageLine(line, policies, running);
    if ('message' in priced) {
      problems.push({ lineId: line.id, message: priced.message, index });
      result[index] = { ...line, amountPence: 0, split: undefined };
    } else {
      result[index] = { ...line, amountPence: priced.amountPence, split: priced.split };
    }
  }
  // Problems in the order the claim shows its lines, not the date order they were priced in.
  problems.sort((a, b) => a.index - b.index);
  return { lines: result, problems: problems.map(({ lineId, message }) => ({ lineId, message })) };
}

function priceMileageLine(
  line: MileageLine,
  policies: readonly ExpensePolicyInput[],
  running: Map<string, number>,
): { amountPence: number; split: MileageSplit } | { message: string } {
  const tenths = toScaled(line.miles, 1);
  if (tenths === undefined || tenths === 0) {
    return { message: 'Enter the miles to no more than 1 decimal place.' };
  }
  if (!isIsoDate(line.date)) return { message: 'Enter the date of the journey.' };
  const policy = policyInForce(policies, line.date);
  if (!policy) {
    return {
      message: `No expense policy is in force on ${line.date}. Add one in Settings that starts on or before it.`,
    };
  }
  const rates = policy.mileage;
  const taxYear = taxYearOf(line.date).label;
  let firstTenths = tenths;
  let firstRate = rates.carOrVan;
  let secondTenths = 0;
  let passengers = 0;
  if (line.vehicle === 'car-or-van') {
    const used = running.get(taxYear) ?? 0;
    const left = Math.max(0, rates.thresholdMiles * 10 - used);
    firstTenths = Math.min(left, tenths);
    secondTenths = tenths - firstTenths;
    running.set(taxYear, used + tenths);
    passengers = line.passengers;
  } else {
    firstRate = line.vehicle === 'motorcycle' ? rates.motorcycle : rates.bicycle;
  }
  const firstAmountPence = roundHalfUpDivide(firstTenths * firstRate, 10);
  const secondAmountPence = roundHalfUpDivide(secondTenths * rates.carOrVanAfterThreshold, 10);
  const passengerAmountPence = roundHalfUpDivide(passengers * tenths * rates.passenger, 10);
  return {
    amountPence: firstAmountPence + secondAmountPence + passengerAmountPence,
    split: {
      taxYear,
      policyEffectiveFrom: policy.effectiveFrom,
      firstMiles: firstTenths / 10,
      firstRatePence: firstRate,
      firstAmountPence,
      secondMiles: secondTenths / 10,
      secondRatePence: rates.carOrVanAfterThreshold,
      secondAmountPence,
      passengers,
      passengerRatePence: rates.passenger,
      passengerAmountPence,
    },
  };
}

/** The statuses whose miles have used up some of the claimant's yearly allowance. */
const COUNTED: readonly ClaimStatus[] = ['submitted', 'approved', 'paid'];

/**
 * The running total to price a claim with: car or van miles in the claimant's other submitted,
 * approved or paid claims, per tax year. Drafts and rejected claims have not used any of the
 * allowance. Claims are counted whatever their dates: an amount already submitted or approved
 * is never re-priced, so the claim being written takes what is left of the first-rate miles.
 */
export function priorCarOrVanMileage(
  claims: readonly {
    id: string;
    claimantId: string;
    status: ClaimStatus;
    lines: readonly ClaimLine[];
  }[],
  claimantId: string,
  excludeClaimId: string,
): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const claim of claims) {
    if (claim.id === excludeClaimId || claim.claimantId !== claimantId) continue;
    if (!COUNTED.includes(claim.status)) continue;
    for (const line of claim.lines) {
      if (line.category !== 'mileage' || line.vehicle !== 'car-or-van') continue;
      const tenths = toScaled(line.miles, 1);
      if (tenths === undefined || !isIsoDate(line.date)) continue;
      const label = taxYearOf(line.date).label;
      totals[label] = (totals[label] ?? 0) + tenths;
    }
  }
  return totals;
}
