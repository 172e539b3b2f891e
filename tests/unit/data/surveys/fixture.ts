import type { TwoFeetDb } from '../../../../src-renderer/data/db';
import { createSurveyForm } from '../../../../src-renderer/data/surveys/form-commands';
import type { TaskforceEvent } from '../../../../src-renderer/domain/event';
import { emptyEventInput } from '../../../../src-renderer/domain/event';
import { createdMeta } from '../../../../src-renderer/domain/record';
import type { FormDefinition } from '../../../../src-renderer/domain/surveys/form';
import type { FormVersion } from '../../../../src-renderer/domain/surveys/versioning';
import { makePerson } from '../../domain/people/fixtures';
import { ctx } from '../fresh-db';

export const EVENT_ID = 'event-1';
export const TASKFORCE_ID = 'taskforce-1';

export function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export async function seedEventAndPeople(db: TwoFeetDb, people: string[] = []): Promise<void> {
  const event: TaskforceEvent = {
    ...emptyEventInput(TASKFORCE_ID),
    ...createdMeta(EVENT_ID, ctx()),
    title: 'Open space',
    date: '2026-11-22',
    venueName: 'Hall',
    words: ['open', 'space'],
  };
  await db.events.add(event);
  await db.taskforces.add({
    ...createdMeta(TASKFORCE_ID, ctx()),
    name: 'Mental health',
    theme: 'Wellbeing',
    description: '',
    communities: [],
    startDate: '2026-01-01',
    status: 'active',
  });
  await db.people.bulkAdd(people.map((id) => makePerson(id, { name: `Person ${id}` })));
}

export async function storedForm(db: TwoFeetDb, definition: FormDefinition): Promise<FormVersion> {
  const created = await createSurveyForm(db, definition, ctx());
  if (!created.ok) throw new Error(`form not created: ${JSON.stringify(created)}`);
  return created.value;
}
