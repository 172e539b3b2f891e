import { emptyEventInput } from '../../src-renderer/domain/event';
import { emptyPersonInput, personRecord } from '../../src-renderer/domain/people/person';

export const NOW = '2026-11-01T10:00:00.000Z';
export const meta = (id: string) => ({ id, createdAt: NOW, updatedAt: NOW, version: 1 });

export const taskforce = {
  ...meta('tf-1'),
  name: 'Mental health taskforce',
  theme: 'Wellbeing',
  description: '',
  communities: [],
  startDate: '2026-01-01',
  status: 'active',
};

export function event(id: string, title: string, date: string) {
  return {
    ...emptyEventInput('tf-1'),
    ...meta(id),
    title,
    date,
    venueName: 'Community hall',
    words: title.toLowerCase().split(' '),
  };
}

export function person(id: string, name: string) {
  return personRecord({ ...emptyPersonInput(), name }, meta(id));
}

export function checkedIn(eventId: string, personId: string) {
  return {
    ...meta(`att-${eventId}-${personId}`),
    eventId,
    personId,
    status: 'checked-in',
    walkIn: false,
    checkedInAt: NOW,
    checkedInBy: 'Sam',
  };
}

export function membership(personId: string, joinedOn: string) {
  return { ...meta(`m-${personId}`), personId, taskforceId: 'tf-1', role: 'member', joinedOn };
}
