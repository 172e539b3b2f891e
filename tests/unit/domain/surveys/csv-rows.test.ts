import { describe, expect, it } from 'vitest';
import type { CsvResponse } from '../../../../src-renderer/domain/surveys/csv-rows';
import { toCsvRows } from '../../../../src-renderer/domain/surveys/csv-rows';
import { instrumentSection } from '../../../../src-renderer/domain/surveys/templates';
import { swemwbs } from '../../../../src-renderer/domain/surveys/instruments/swemwbs';
import { communityLifeInfluence } from '../../../../src-renderer/domain/surveys/instruments/community-life-influence';
import { lookupFrom, reviseForm } from '../../../../src-renderer/domain/surveys/versioning';
import { choice, choices, ctx, declined, text, version1 } from './helpers';

const v1 = version1('survey', {
  title: 'Survey',
  description: '',
  purpose: 'survey',
  sections: [
    {
      id: 'about',
      title: 'About you',
      help: '',
      questions: [
        {
          id: 'heard',
          kind: 'multiple-choice',
          text: 'How did you hear about us?',
          help: '',
          easyRead: '',
          required: false,
          allowDecline: true,
          options: [
            { id: 'friend', label: 'A friend' },
            { id: 'gp', label: 'My GP' },
          ],
        },
        {
          id: 'note',
          kind: 'short-text',
          text: 'Anything to add?',
          help: '',
          easyRead: '',
          required: false,
          allowDecline: true,
        },
      ],
    },
    instrumentSection(swemwbs),
    instrumentSection(communityLifeInfluence),
  ],
});

const wellbeing = (code: string) =>
  Object.fromEntries(swemwbs.items.map((item) => [`swemwbs.${item.id}`, choice(code)]));

describe('toCsvRows', () => {
  const responses: CsvResponse[] = [
    {
      participantId: '00123',
      waveId: 'baseline',
      completedOn: '2026-01-10',
      formId: 'survey',
      formVersion: 1,
      answers: {
        heard: choices('friend', 'gp'),
        note: text('Glad to be here'),
        ...wellbeing('often'),
        'community-life-influence.influence': choice('dont-know'),
      },
    },
    {
      participantId: '00456',
      waveId: 'baseline',
      completedOn: '2026-01-11',
      formId: 'survey',
      formVersion: 1,
      answers: { ...wellbeing('rarely'), 'swemwbs.close': declined },
    },
    {
      participantId: 'x',
      waveId: 'baseline',
      completedOn: '2026-01-11',
      formId: 'another',
      formVersion: 1,
      answers: {},
    },
  ];

  it("starts with a header of fixed columns, the questions, then each measure's score columns", () => {
    const [header] = toCsvRows(responses, lookupFrom([v1]), v1);
    expect(header?.slice(0, 6)).toEqual([
      'Participant id',
      'Wave',
      'Completed on',
      'Form version',
      'How did you hear about us?',
      'Anything to add?',
    ]);
    expect(header?.slice(6, 13)).toEqual(swemwbs.items.map((item) => item.text));
    expect(header?.slice(-7)).toEqual([
      'Wellbeing: score',
      'Wellbeing: raw sum (7 to 35)',
      'Wellbeing: scoring status',
      'Wellbeing: scoring version',
      'Able to influence decisions: score',
      'Able to influence decisions: scoring status',
      'Able to influence decisions: scoring version',
    ]);
  });

  it('writes answers as labels and scores worked out from the answers, all as strings', () => {
    const rows = toCsvRows(responses, lookupFrom([v1]), v1);
    expect(rows).toHaveLength(3);
    const [, first, second] = rows;
    expect(first?.slice(0, 7)).toEqual([
      '00123',
      'baseline',
      '2026-01-10',
      '1',
      'A friend; My GP',
      'Glad to be here',
      'Often',
    ]);
    // Seven answers of "Often" (4 each) make 28, which the table turns into 25.03.
    expect(first?.slice(-7)).toEqual(['25.03', '28', 'scored', '1', '0', 'scored', '1']);
    expect(second?.slice(4, 6)).toEqual(['', '']);
    expect(second?.[11]).toBe('Prefer not to answer');
    expect(second?.slice(-7)).toEqual(['', '', 'declined', '1', '', 'incomplete', '1']);
    expect(rows.every((row) => row.every((cell) => typeof cell === 'string'))).toBe(true);
  });

  it('keeps one set of columns across versions, adding questions that only older versions asked', () => {
    const revised = reviseForm(
      v1,
      {
        sections: v1.sections.map((s) =>
          s.id === 'about' ? { ...s, questions: s.questions.filter((q) => q.id !== 'note') } : s,
        ),
      },
      ctx,
    );
    if (!revised.ok) throw new Error(JSON.stringify(revised.errors));
    const v2 = revised.value;
    const rows = toCsvRows(
      [...responses, { ...responses[1], participantId: '00789', formVersion: 2 } as CsvResponse],
      lookupFrom([v1, v2]),
      v2,
    );
    const header = rows[0] ?? [];
    // Question columns stay together, before the scores; the dropped question comes last of them.
    const note = header.indexOf('Anything to add?');
    expect(note).toBe(header.indexOf('Wellbeing: score') - 1);
    expect(header[note - 1]).toBe(communityLifeInfluence.items[0]?.text);
    expect(rows[1]?.[note]).toBe('Glad to be here');
    expect(rows[3]?.[3]).toBe('2');
    expect(rows[3]?.[note]).toBe('');
    expect(rows[3]?.[header.indexOf('Wellbeing: scoring status')]).toBe('declined');
  });

  it('leaves the participant column empty for anonymous responses', () => {
    const rows = toCsvRows(
      [{ ...responses[0], participantId: null } as CsvResponse],
      lookupFrom([v1]),
      v1,
    );
    expect(rows[1]?.[0]).toBe('');
  });
});
