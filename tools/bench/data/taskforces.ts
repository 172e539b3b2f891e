import type { Taskforce, TaskforceStatus } from '../../../src-renderer/domain/taskforce';
import { addDays, timestamp } from './calendar';
import type { Prng } from './prng';
import type { PlaceKey } from './uk';

/** What the later generators need to know about a taskforce besides its stored record. */
export interface TaskforcePlan {
  record: Taskforce;
  /** Where its events happen. */
  places: readonly PlaceKey[];
  /** Subjects its events are about, used in event titles. */
  topics: readonly string[];
}

interface Spec {
  name: string;
  theme: string;
  communities: readonly string[];
  places: readonly PlaceKey[];
  topics: readonly string[];
  description: string;
}

const SPECS: readonly Spec[] = [
  {
    name: 'LGBT & Cancer',
    theme: 'Cancer screening and care for LGBT+ people',
    communities: ['Trans and non-binary people', 'Lesbian and bisexual women', 'Gay men over 50'],
    places: ['leeds', 'bradford'],
    topics: ['cervical screening', 'prostate checks', 'talking to your GP', 'breast screening'],
    description:
      'LGBT+ people are less likely to take up cancer screening. We work with clinics to make it feel safe.',
  },
  {
    name: "Young Carers' Wellbeing",
    theme: 'Mental health of young carers',
    communities: ['Young carers aged 11 to 18', 'Parents with long-term conditions', 'Schools'],
    places: ['bradford', 'leeds'],
    topics: ['time off caring', 'school support', 'sleep and stress', 'peer groups'],
    description: 'Young carers tell services what would make their week easier, and we act on it.',
  },
  {
    name: 'Diabetes in South Asian Communities',
    theme: 'Type 2 diabetes prevention',
    communities: [
      'Gujarati-speaking families',
      'Punjabi-speaking elders',
      'Mosque and temple groups',
    ],
    places: ['leicester', 'birmingham'],
    topics: ['healthy eating during Ramadan', 'walking groups', 'blood sugar checks', 'foot care'],
    description: 'Community-led sessions on preventing and living with type 2 diabetes.',
  },
  {
    name: 'Maternity Voices',
    theme: 'Safer maternity care for Black and Asian women',
    communities: ['Black women', 'Asian women', 'Refugee and asylum-seeking mothers'],
    places: ['birmingham'],
    topics: ['birth plans', 'postnatal care', 'interpreters on the ward', 'feeling heard'],
    description: 'Mothers and midwives redesign antenatal and postnatal care together.',
  },
  {
    name: 'Dementia-Friendly Neighbourhoods',
    theme: 'Living well with dementia at home',
    communities: ['People living with dementia', 'Family carers', 'Local shops and buses'],
    places: ['sheffield'],
    topics: ['memory cafés', 'safe streets', 'carer respite', 'getting a diagnosis'],
    description:
      'Making the high street, the bus and the GP surgery easier for people with dementia.',
  },
  {
    name: "Men's Health on the Coast",
    theme: "Men's physical and mental health in coastal towns",
    communities: ['Fishermen and dock workers', 'Men over 40', 'Veterans'],
    places: ['hull', 'grimsby', 'scarborough'],
    topics: ['blood pressure', 'suicide prevention', 'alcohol', 'heart health'],
    description: 'Health checks and conversations where men already are: clubs, docks and pubs.',
  },
  {
    name: 'Sickle Cell and Thalassaemia',
    theme: 'Care for people with sickle cell disorder',
    communities: ['People living with sickle cell', 'Parents of children with sickle cell'],
    places: ['lewisham'],
    topics: ['pain crisis care in A&E', 'transition to adult services', 'blood donation'],
    description: 'Patients and clinicians agree what good crisis care looks like, then check it.',
  },
  {
    name: 'Deaf Access to GP Services',
    theme: 'Booking and attending GP appointments in BSL',
    communities: ['Deaf BSL users', 'Deafblind people', 'Hard of hearing older people'],
    places: ['manchester', 'salford'],
    topics: ['booking interpreters', 'video appointments', 'reception desks', 'NHS app'],
    description: 'Deaf people and surgeries work out how to book, attend and follow up in BSL.',
  },
  {
    name: 'Long Covid Peer Support',
    theme: 'Recovery and rehabilitation after Covid-19',
    communities: ['People with long Covid', 'Employers', 'Physiotherapists'],
    places: ['bristol'],
    topics: ['pacing and fatigue', 'returning to work', 'brain fog', 'rehab services'],
    description: 'Peer groups that feed what they learn into the local rehabilitation service.',
  },
  {
    name: 'Health on the Streets',
    theme: 'Primary care for people who are homeless',
    communities: ['Rough sleepers', 'People in hostels', 'Outreach workers'],
    places: ['newcastle', 'gateshead'],
    topics: ['registering with a GP', 'dental care', 'hepatitis C testing', 'winter health'],
    description: 'Bringing GP, dental and testing services to where people are staying.',
  },
];

const STATUSES: readonly (readonly [TaskforceStatus, number])[] = [
  ['active', 6],
  ['planning', 2],
  ['paused', 1],
  ['closed', 1],
];

export function generateTaskforces(p: Prng, count: number, today: string): TaskforcePlan[] {
  const plans: TaskforcePlan[] = [];
  for (let i = 0; i < count; i++) {
    const spec = SPECS[i % SPECS.length] as Spec;
    const round = Math.floor(i / SPECS.length);
    const r = p.fork(`taskforce-${i}`);
    const startDate = addDays(today, -r.int(120, 720));
    const createdDate = addDays(startDate, -r.int(3, 40));
    const edits = r.int(0, 3);
    const createdAt = timestamp(createdDate, `${r.int(9, 17)}:${r.pick(['00', '15', '30', '45'])}`);
    plans.push({
      record: {
        id: r.uuid(),
        name: round === 0 ? spec.name : `${spec.name} (${round + 1})`,
        theme: spec.theme,
        description: spec.description,
        communities: r.sample(spec.communities, r.int(1, spec.communities.length)),
        startDate,
        status: r.weighted(STATUSES),
        createdAt,
        updatedAt: edits === 0 ? createdAt : timestamp(addDays(startDate, r.int(0, 90)), '16:20'),
        version: 1 + edits,
      },
      places: spec.places,
      topics: spec.topics,
    });
  }
  return plans;
}
