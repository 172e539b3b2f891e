import type { Prng } from './prng';

/**
 * Plausible UK words for generated records: places with their real postcode districts,
 * venue and street names, and people's names. Invented combinations, not real addresses.
 */

export interface Place {
  town: string;
  /** Real outward codes of the town, e.g. "LS7". */
  districts: readonly string[];
}

export const PLACES = {
  leeds: { town: 'Leeds', districts: ['LS1', 'LS2', 'LS6', 'LS7', 'LS8', 'LS9', 'LS11', 'LS12'] },
  bradford: { town: 'Bradford', districts: ['BD1', 'BD3', 'BD5', 'BD7', 'BD8', 'BD9'] },
  leicester: { town: 'Leicester', districts: ['LE1', 'LE2', 'LE3', 'LE4', 'LE5'] },
  birmingham: { town: 'Birmingham', districts: ['B5', 'B10', 'B11', 'B12', 'B19', 'B21'] },
  sheffield: { town: 'Sheffield', districts: ['S1', 'S2', 'S3', 'S4', 'S8', 'S11'] },
  hull: { town: 'Hull', districts: ['HU1', 'HU3', 'HU5', 'HU8', 'HU9'] },
  grimsby: { town: 'Grimsby', districts: ['DN31', 'DN32', 'DN34'] },
  scarborough: { town: 'Scarborough', districts: ['YO11', 'YO12'] },
  lewisham: { town: 'London', districts: ['SE4', 'SE6', 'SE13', 'SE14', 'SE23'] },
  manchester: { town: 'Manchester', districts: ['M1', 'M4', 'M13', 'M14', 'M16', 'M20'] },
  salford: { town: 'Salford', districts: ['M5', 'M6', 'M7'] },
  bristol: { town: 'Bristol', districts: ['BS1', 'BS2', 'BS3', 'BS5', 'BS6', 'BS13'] },
  newcastle: { town: 'Newcastle upon Tyne', districts: ['NE1', 'NE4', 'NE6', 'NE15'] },
  gateshead: { town: 'Gateshead', districts: ['NE8', 'NE9', 'NE10'] },
} as const satisfies Record<string, Place>;

export type PlaceKey = keyof typeof PLACES;

const SAINTS = ["St Mary's", "St John's", "St Aidan's", "St Peter's", 'All Saints', "St Luke's"];
const LOCAL_NAMES = [
  'Chapeltown',
  'Harehills',
  'Meanwood',
  'Beeston',
  'Holbeck',
  'Moss Side',
  'Hulme',
  'Easton',
  'Bedminster',
  'Byker',
  'Heaton',
  'Sparkbrook',
  'Handsworth',
  'Belgrave',
  'Highfields',
  'Manningham',
  'Pitsmoor',
  'Darnall',
  'Catford',
  'Deptford',
  'Orchard Park',
  'Bransholme',
];
export const STREETS = [
  'Albion Street',
  'Victoria Road',
  'Chapel Lane',
  'Mill Street',
  'Station Road',
  'Church Street',
  'Park Avenue',
  'Clarence Road',
  'Market Place',
  'Queen Street',
  'Harrogate Road',
  'Stoney Lane',
  'Wellington Road',
  'Bridge Street',
  'Cemetery Road',
  'Moor Lane',
  'Granby Street',
  'Green Lane',
  'Kirkstall Road',
  'Walton Street',
];
const VENUE_FORMS: readonly ((p: Prng, town: string, local: string) => string)[] = [
  (p, _t, local) => `${p.pick(SAINTS)} Church Hall, ${local}`,
  (_p, _t, local) => `${local} Community Centre`,
  (_p, town) => `${town} Central Library`,
  (_p, _t, local) => `${local} Library, Meeting Room 2`,
  (_p, town) => `${town} Quaker Meeting House`,
  (_p, _t, local) => `${local} Methodist Church`,
  (_p, town) => `${town} Civic Centre`,
  (_p, _t, local) => `${local} Neighbourhood Hub`,
  (_p, town) => `${town} Carers' Centre`,
  (_p, _t, local) => `${local} Family Hub`,
  (_p, _t, local) => `${local} Mosque Community Room`,
  (_p, _t, local) => `${local} Gurdwara Langar Hall`,
  (_p, town) => `${town} Royal Infirmary, Education Centre`,
  (_p, _t, local) => `The Old Fire Station, ${local}`,
  (_p, town) => `${town} Deaf Centre`,
  (_p, _t, local) => `${local} Working Men's Club, Function Room`,
];

export interface Venue {
  name: string;
  address: string;
}

export function makeVenue(p: Prng, place: Place): Venue {
  const local = p.pick(LOCAL_NAMES);
  const name = p.pick(VENUE_FORMS)(p, place.town, local);
  const number = p.int(1, 240);
  const postcode = `${p.pick(place.districts)} ${p.int(1, 9)}${postcodeLetters(p)}`;
  return { name, address: `${number} ${p.pick(STREETS)}, ${place.town} ${postcode}` };
}

/** The two letters of a postcode's inward code never use C, I, K, M, O or V. */
export function postcodeLetters(p: Prng): string {
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return `${p.pick([...letters])}${p.pick([...letters])}`;
}

const FIRST_NAMES = [
  'Aisha',
  'Amelia',
  'Bilal',
  'Callum',
  'Chidi',
  'Deborah',
  'Eilidh',
  'Farhan',
  'Grace',
  'Harpreet',
  'Imran',
  'Jas',
  'Kerry',
  'Lewis',
  'Mariam',
  'Niamh',
  'Oluwaseun',
  'Priya',
  'Rhys',
  'Sandra',
  'Tariq',
  'Wendy',
  'Yusuf',
  'Zofia',
];
const LAST_NAMES = [
  'Ahmed',
  'Begum',
  'Campbell',
  'Davies',
  'Evans',
  'Fraser',
  'Green',
  'Hussain',
  'Jones',
  'Kaur',
  'Khan',
  'Mensah',
  'Nowak',
  "O'Brien",
  'Patel',
  'Robinson',
  'Singh',
  'Taylor',
  'Walker',
  'Williams',
];

export function personName(p: Prng): string {
  return `${p.pick(FIRST_NAMES)} ${p.pick(LAST_NAMES)}`;
}
