import type { GroupRecord } from '../../../../src-renderer/domain/board/group-record';
import { groupRecordId } from '../../../../src-renderer/domain/board/group-record';
import type { Topic } from '../../../../src-renderer/domain/board/topics';
import type { TaskforceEvent } from '../../../../src-renderer/domain/event';
import { emptyEventInput } from '../../../../src-renderer/domain/event';
import type { Attendance } from '../../../../src-renderer/domain/people/attendance';
import { checkIn } from '../../../../src-renderer/domain/people/attendance';
import { createdMeta } from '../../../../src-renderer/domain/record';
import type { Taskforce } from '../../../../src-renderer/domain/taskforce';
import { emptyTaskforceInput } from '../../../../src-renderer/domain/taskforce';

export const NOW = { now: '2026-03-01T10:00:00.000Z', actor: 'Dana Facilitator' };

export function taskforce(id = 'tf-1', name = 'Cancer care'): Taskforce {
  return { ...createdMeta(id, NOW), ...emptyTaskforceInput(), name, theme: 'Cancer' };
}

export function event(
  id: string,
  date: string,
  overrides: Partial<TaskforceEvent> = {},
): TaskforceEvent {
  return {
    ...createdMeta(id, NOW),
    ...emptyEventInput('tf-1'),
    title: `Event ${id}`,
    date,
    venueName: 'Town hall',
    words: [],
    ...overrides,
  };
}

export function came(eventId: string, personId: string): Attendance {
  return checkIn(undefined, { eventId, personId }, `att-${eventId}-${personId}`, NOW).attendance;
}

export function topic(id: string, eventId: string, title: string): Topic {
  return {
    ...createdMeta(id, NOW),
    eventId,
    title,
    description: '',
    tags: [],
    conveners: [{ kind: 'name', name: 'Kim' }],
    status: 'placed',
  };
}

export function groupRecord(topicId: string, eventId: string, actions: string[]): GroupRecord {
  return {
    ...createdMeta(groupRecordId(topicId), NOW),
    eventId,
    topicId,
    keyPoints: ['A point'],
    actions: actions.map((what) => ({ what, who: 'The GP practice', byWhen: '' })),
    reporter: null,
  };
}
