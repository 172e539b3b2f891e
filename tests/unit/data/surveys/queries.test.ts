import { describe, expect, it } from 'vitest';
import {
  loadChangeReport,
  loadDueWaves,
  taskforceParticipants,
} from '../../../../src-renderer/data/surveys/queries';
import { submitResponse } from '../../../../src-renderer/data/surveys/response-commands';
import { createdMeta } from '../../../../src-renderer/domain/record';
import type { Answer } from '../../../../src-renderer/domain/surveys/answers';
import { allQuestions } from '../../../../src-renderer/domain/surveys/form';
import type { FormVersion } from '../../../../src-renderer/domain/surveys/versioning';
import { baselineSurveyTemplate } from '../../../../src-renderer/domain/surveys/templates';
import { ctx, freshDb } from '../fresh-db';
import { EVENT_ID, TASKFORCE_ID, seedEventAndPeople, storedForm } from './fixture';

function gseAnswers(form: FormVersion, code: string): Record<string, Answer> {
  return Object.fromEntries(
    allQuestions(form).map((q) => [
      q.id,
      q.id.startsWith('gse.') ? { kind: 'choice', optionId: code } : { kind: 'declined' },
    ]),
  );
}

const member = (id: string, personId: string, joinedOn: string, leftOn?: string) => ({
  ...createdMeta(id, ctx()),
  personId,
  taskforceId: TASKFORCE_ID,
  role: 'member' as const,
  joinedOn,
  ...(leftOn ? { leftOn } : {}),
});

describe('survey queries', () => {
  it('pairs each participant’s baseline with their follow-up, scored from the stored answers', async () => {
    const db = freshDb();
    const people = ['a', 'b', 'c', 'd', 'e', 'f'];
    await seedEventAndPeople(db, people);
    const form = await storedForm(db, baselineSurveyTemplate());
    for (const personId of people) {
      for (const [waveId, code, now] of [
        ['baseline', 'hardly-true', '2026-05-01T10:00:00.000Z'],
        ['month-6', 'exactly-true', '2026-11-01T10:00:00.000Z'],
      ] as const) {
        const result = await submitResponse(
          db,
          {
            formId: form.formId,
            formVersion: 1,
            answers: gseAnswers(form, code),
            eventId: EVENT_ID,
            participantId: personId,
            waveId,
          },
          ctx(now),
        );
        expect(result.ok).toBe(true);
      }
    }
    const report = await loadChangeReport(db, TASKFORCE_ID, {
      baselineWave: 'baseline',
      followUpWave: 'month-6',
    });
    const gse = report.changes.find((c) => c.instrumentId === 'gse');
    expect(gse?.pairs).toEqual({ status: 'shown', value: 6, n: 6 });
    expect(gse?.meanChange).toEqual({ status: 'shown', value: 20, n: 6 });
    const rosenberg = report.changes.find((c) => c.instrumentId === 'rosenberg');
    expect(rosenberg?.pairs).toEqual({ status: 'suppressed' });
  });

  it('merges a person’s memberships and lists who is due a baseline or follow-up', async () => {
    const db = freshDb();
    await seedEventAndPeople(db, ['a', 'b', 'c']);
    await db.memberships.bulkAdd([
      member('m1', 'a', '2026-01-10', '2026-03-01'),
      member('m2', 'a', '2026-03-01'),
      member('m3', 'b', '2026-11-01'),
      member('m4', 'c', '2026-01-01', '2026-02-01'),
    ]);
    const participants = await taskforceParticipants(db, TASKFORCE_ID);
    expect(participants.sort((x, y) => x.participantId.localeCompare(y.participantId))).toEqual([
      { participantId: 'a', joinedOn: '2026-01-10' },
      { participantId: 'b', joinedOn: '2026-11-01' },
      { participantId: 'c', joinedOn: '2026-01-01', leftOn: '2026-02-01' },
    ]);
    const form = await storedForm(db, baselineSurveyTemplate());
    await submitResponse(
      db,
      {
        formId: form.formId,
        formVersion: 1,
        answers: gseAnswers(form, 'hardly-true'),
        eventId: EVENT_ID,
        participantId: 'a',
        waveId: 'baseline',
      },
      ctx('2026-05-20T10:00:00.000Z'),
    );
    const due = await loadDueWaves(db, TASKFORCE_ID, '2026-11-22');
    expect(due.map((d) => [d.participantId, d.waveId, d.status])).toEqual([
      ['b', 'baseline', 'due'],
      ['a', 'month-6', 'overdue'],
    ]);
  });
});
