import { groupRecordId } from '../../src-renderer/domain/board/group-record';
import { emptyEventInput } from '../../src-renderer/domain/event';
import { checkIn } from '../../src-renderer/domain/people/attendance';
import { emptyPersonInput, personRecord } from '../../src-renderer/domain/people/person';
import { createdMeta } from '../../src-renderer/domain/record';
import { feedbackFormTemplate } from '../../src-renderer/domain/surveys/templates';
import { formVersionKey } from '../../src-renderer/domain/surveys/versioning';
import { defaultRule } from '../../src-renderer/domain/voting/rules';
import { emptyTaskforceInput } from '../../src-renderer/domain/taskforce';

/** A taskforce, an event with attendance, a board with notes, a decision and feedback. */
const NOW = { now: '2026-03-14T09:00:00.000Z', actor: 'Test seed' };
const meta = (id: string) => createdMeta(id, NOW);
export const EVENT = 'ev-spring';
const TF = 'tf-cancer';
const person = (id: string, name: string) =>
  personRecord({ ...emptyPersonInput(), name }, meta(id));
const shares = (personId: string) => ({
  ...meta(`consent-${personId}`),
  personId,
  purpose: 'shareContactWithMembers',
  decision: 'granted',
  formId: 'form-1',
  formVersion: 1,
  wording: 'Share my name with members.',
  method: 'paper',
  recordedBy: NOW.actor,
  at: NOW.now,
});
const PEOPLE = [
  person('p-ann', 'Ann Archer'),
  person('p-bo', 'Bo Baker'),
  person('p-cy', 'Cy Carter'),
  person('p-di', 'Di Dean'),
];
const feedback = (n: number) => ({
  ...meta(`fb-${n}`),
  formId: 'form-fb',
  formVersion: 1,
  answers: { 'how-was-it': { kind: 'choice', optionId: n < 6 ? 'good' : 'excellent' } },
  eventId: EVENT,
  taskforceId: TF,
  participantId: null,
  waveId: '',
  completedOn: '2026-03-14',
});

export function rows(): Record<string, object[]> {
  const event = {
    ...meta(EVENT),
    ...emptyEventInput(TF),
    title: 'Spring open space',
    date: '2026-03-14',
    venueName: 'Leeds Community Centre',
    ladderRung: 'collaborating',
    words: ['spring'],
  };
  const cell = { ...meta('s-1|sp-1'), eventId: EVENT, slotId: 's-1', spaceId: 'sp-1' };
  const move = (id: string, personId: string, from: string | null, to: string | null) => ({
    ...meta(id),
    eventId: EVENT,
    slotId: 's-1',
    personId,
    from,
    to,
    at: `2026-03-14T10:0${id.slice(-1)}:00.000Z`,
    by: NOW.actor,
    seq: 1,
  });
  return {
    taskforces: [{ ...meta(TF), ...emptyTaskforceInput(), name: 'Cancer care', theme: 'Cancer' }],
    events: [event],
    people: PEOPLE,
    consentRecords: [shares('p-ann')],
    attendance: PEOPLE.map(
      (p) => checkIn(undefined, { eventId: EVENT, personId: p.id }, `a-${p.id}`, NOW).attendance,
    ),
    memberships: [
      {
        ...meta('m-ann'),
        personId: 'p-ann',
        taskforceId: TF,
        role: 'member',
        joinedOn: '2026-01-05',
      },
      {
        ...meta('m-bo'),
        personId: 'p-bo',
        taskforceId: TF,
        role: 'member',
        joinedOn: '2026-02-01',
        leftOn: '2026-05-01',
      },
    ],
    boardSlots: [
      { ...meta('s-1'), eventId: EVENT, label: '', start: '10:00', end: '11:00', kind: 'session' },
    ],
    boardSpaces: [
      {
        ...meta('sp-1'),
        eventId: EVENT,
        name: 'Garden room',
        capacity: 10,
        accessibility: { stepFree: true, hearingLoop: false, quiet: false },
        notes: '',
        position: 0,
      },
    ],
    boardTopics: [
      {
        ...meta('t-gp'),
        eventId: EVENT,
        title: 'Seeing a GP after work',
        description: '',
        tags: [],
        conveners: [{ kind: 'person', personId: 'p-bo' }],
        status: 'placed',
      },
    ],
    boardCells: [{ ...cell, topicId: 't-gp', pinned: false }],
    boardMovements: [
      move('m1', 'p-ann', null, 't-gp'),
      move('m2', 'p-cy', null, 't-gp'),
      move('m3', 'p-cy', 't-gp', 'wandering'),
    ],
    boardGroupRecords: [
      {
        ...meta(groupRecordId('t-gp')),
        eventId: EVENT,
        topicId: 't-gp',
        keyPoints: ['Appointments end at 5pm'],
        actions: [
          { what: 'Ask the practice about evening clinics', who: 'Taskforce lead', byWhen: '' },
        ],
        reporter: null,
      },
    ],
    proposals: [
      {
        ...meta('pr-1'),
        eventId: EVENT,
        taskforceId: TF,
        title: 'Evening clinics',
        text: 'Ask for evening GP clinics.',
        source: { kind: 'group-outcome', groupId: groupRecordId('t-gp') },
        status: 'decided',
        createdBy: NOW.actor,
      },
    ],
    rounds: [
      {
        ...meta('r-1'),
        proposalId: 'pr-1',
        eventId: EVENT,
        number: 1,
        status: 'closed',
        method: 'thumbs',
        rule: defaultRule('thumbs'),
        anonymous: false,
        hiddenUntilRevealed: false,
        options: [],
        dotBudget: 0,
        openedAt: NOW.now,
        openedBy: NOW.actor,
        closedAt: NOW.now,
        concerns: [],
      },
    ],
    namedVotes: ['p-ann', 'p-bo', 'p-cy'].map((personId) => ({
      id: `vote|r-1|${personId}`,
      kind: 'named',
      roundId: 'r-1',
      personId,
      value: { method: 'thumbs', thumb: 'up' },
      enteredOnBehalf: false,
      enteredBy: NOW.actor,
      at: NOW.now,
    })),
    outcomes: [
      {
        ...meta('out-1'),
        proposalId: 'pr-1',
        statement: 'We will ask the practice for evening clinics',
        dissent: 'One person preferred weekend clinics',
        decidedOn: '2026-03-14',
        reviewDate: '2026-09-14',
        roundIds: ['r-1'],
        recordedBy: NOW.actor,
      },
    ],
    issues: [
      {
        ...meta('is-1'),
        taskforceId: TF,
        title: 'Access to GPs out of hours',
        description: '',
        sources: [{ kind: 'topic', topicId: 't-gp', eventId: EVENT }],
        status: 'line-of-enquiry',
        agreedAt: '2026-03-14T12:00:00.000Z',
      },
    ],
    surveyForms: [
      {
        ...meta('form-fb'),
        title: 'Event feedback',
        purpose: 'feedback',
        latestVersion: 1,
        words: [],
      },
    ],
    surveyFormVersions: [
      {
        ...feedbackFormTemplate(),
        id: formVersionKey('form-fb', 1),
        formId: 'form-fb',
        version: 1,
        createdAt: NOW.now,
        createdBy: NOW.actor,
      },
    ],
    surveyResponses: [1, 2, 3, 4, 5, 6, 7].map(feedback),
  };
}
