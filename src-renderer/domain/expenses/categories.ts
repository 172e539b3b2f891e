/** The kinds of cost a claim line can hold, in the order the claim form lists them. */
export const EXPENSE_CATEGORIES = [
  'mileage',
  'public-transport',
  'parking',
  'taxi',
  'accommodation',
  'meals',
  'care-and-support',
  'other',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  mileage: 'Mileage',
  'public-transport': 'Public transport (standard class)',
  parking: 'Parking',
  taxi: 'Taxi (where agreed)',
  accommodation: 'Accommodation (agreed in advance)',
  meals: 'Meals and subsistence',
  'care-and-support': 'Care and support',
  other: 'Other',
};

/**
 * HMRC approved mileage allowance payments have one rate pair for cars and vans (higher rate
 * up to 10,000 business miles in a tax year, lower after) and flat rates for motorcycles and
 * bicycles — so cars and vans share one entry.
 */
export const VEHICLES = ['car-or-van', 'motorcycle', 'bicycle'] as const;
export type Vehicle = (typeof VEHICLES)[number];

export const VEHICLE_LABELS: Record<Vehicle, string> = {
  'car-or-van': 'Car or van',
  motorcycle: 'Motorcycle',
  bicycle: 'Bicycle',
};

export const CARE_KINDS = [
  'replacement-care',
  'childcare',
  'interpreter',
  'support-worker',
] as const;
export type CareKind = (typeof CARE_KINDS)[number];

export const CARE_KIND_LABELS: Record<CareKind, string> = {
  'replacement-care': 'Replacement care',
  childcare: 'Childcare',
  interpreter: 'Interpreter',
  'support-worker': 'Support worker',
};

export function emptyByCategory(): Record<ExpenseCategory, number> {
  return {
    mileage: 0,
    'public-transport': 0,
    parking: 0,
    taxi: 0,
    accommodation: 0,
    meals: 0,
    'care-and-support': 0,
    other: 0,
  };
}
