import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src-renderer/domain/board/reducer';
import { boardProblems } from '../../../../src-renderer/domain/board/state';
import {
  convenerNames,
  mergedTopicInput,
  survivingTopicId,
  validateTopic,
} from '../../../../src-renderer/domain/board/topics';
import type { Topic } from '../../../../src-renderer/domain/board/topics';
import {
  cell,
  nameOf,
  ok,
  person,
  reasonOf,
  run,
  standardBoard,
  testClock,
  topicInput,
  whereTopics,
} from './helpers';

describe('topic cards', () => {
  it('tidies a valid topic: spacing, duplicate tags and conveners', () => {
    const result = validateTopic({
      title: '  Access   to GPs ',
      description: ' Getting an appointment \n',
      tags: ['GP', ' gp ', '', 'Primary care'],
      conveners: [
        person('p1'),
        person('p1'),
        { kind: 'name', name: ' Jo  Bloggs ' },
        { kind: 'name', name: 'jo bloggs' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Access to GPs',
        description: 'Getting an appointment',
        tags: ['GP', 'Primary care'],
        conveners: [person('p1'), { kind: 'name', name: 'Jo Bloggs' }],
      },
    });
  });

  it('explains what is missing or too long, field by field', () => {
    const result = validateTopic({
      title: ' ',
      description: 'x'.repeat(1001),
      tags: Array.from({ length: 11 }, (_, i) => `tag ${i}`),
      conveners: [],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Enter a title.',
        description: 'The description must be 1000 characters or fewer (it has 1001).',
        tags: 'Use 10 tags or fewer.',
        conveners: 'Choose who is convening this topic, or type their name.',
      },
    });
    expect(validateTopic(topicInput('Ok', [{ kind: 'name', name: '' }]))).toMatchObject({
      ok: false,
      errors: { conveners: "Enter the convener's name." },
    });
  });

  it('names conveners as a card shows them', () => {
    expect(convenerNames([person('p1')], nameOf)).toBe('Sam');
    expect(convenerNames([person('p1'), { kind: 'name', name: 'Jo Bloggs' }], nameOf)).toBe(
      'Sam and Jo Bloggs',
    );
    expect(convenerNames([person('p1'), person('p2'), person('p3')], nameOf)).toBe(
      'Sam, Alex and Jo',
    );
    expect(convenerNames([], nameOf)).toBe('');
  });

  it('merges content keeping both conveners and all tags', () => {
    const kept = {
      title: 'Access to GPs',
      description: '',
      tags: ['GP'],
      conveners: [person('p1')],
    };
    const duplicate = {
      title: 'GP appointments',
      description: 'Waiting times',
      tags: ['gp', 'Waits'],
      conveners: [person('p2'), person('p1')],
    };
    expect(mergedTopicInput(kept, duplicate)).toEqual({
      title: 'Access to GPs',
      description: 'Waiting times',
      tags: ['GP', 'Waits'],
      conveners: [person('p1'), person('p2')],
    });
  });
});

describe('topic commands', () => {
  it('adds a topic to the queue with its meta', () => {
    const clock = testClock();
    const ctx = clock.ctx();
    const result = ok(
      applyCommand(
        standardBoard(clock),
        { type: 'topic.add', topicId: 'new', input: topicInput('Carers', [person('p3')]) },
        ctx,
      ),
    );
    expect(result.state.topics.new).toEqual({
      id: 'new',
      createdAt: ctx.now,
      updatedAt: ctx.now,
      version: 1,
      eventId: 'event-1',
      title: 'Carers',
      description: 'About Carers',
      tags: [],
      conveners: [person('p3')],
      status: 'queued',
    });
    expect(result.changes).toEqual([{ table: 'boardTopics', put: result.state.topics.new }]);
  });

  it('refuses a second topic with the same id and an invalid one', () => {
    const clock = testClock();
    const board = standardBoard(clock);
    expect(
      reasonOf(
        applyCommand(
          board,
          { type: 'topic.add', topicId: 'gp', input: topicInput('Again', [person('p1')]) },
          clock.ctx(),
        ),
      ),
    ).toBe('That topic is already on the board.');
    expect(
      reasonOf(
        applyCommand(
          board,
          { type: 'topic.add', topicId: 'x', input: topicInput('', [person('p1')]) },
          clock.ctx(),
        ),
      ),
    ).toBe('Enter a title.');
  });

  it('merges a duplicate keeping both conveners', () => {
    const clock = testClock();
    const board = standardBoard(clock);
    const result = ok(
      applyCommand(board, { type: 'topic.merge', keepId: 'gp', duplicateId: 'diag' }, clock.ctx()),
    );
    expect(result.state.topics.gp?.conveners).toEqual([person('p1'), person('p2')]);
    expect(result.state.topics.diag).toMatchObject({
      status: 'merged',
      mergedInto: 'gp',
      conveners: [person('p2')],
    });
    expect(survivingTopicId(result.state.topics, 'diag')).toBe('gp');
    expect(whereTopics(result.state)).toEqual({ gp: 'queue', peer: 'queue' });
  });

  it('gives the kept topic the duplicate’s cell when only the duplicate was placed, pin and all', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'diag', cell: cell('s2', 'garden') },
        { type: 'cell.pin', cell: cell('s2', 'garden') },
      ],
      clock,
    );
    const result = ok(
      applyCommand(board, { type: 'topic.merge', keepId: 'gp', duplicateId: 'diag' }, clock.ctx()),
    );
    expect(whereTopics(result.state)).toEqual({ gp: 's2|garden', peer: 'queue' });
    expect(result.state.cells['s2|garden']?.pinned).toBe(true);
    expect(result.state.topics.gp?.status).toBe('placed');
    expect(boardProblems(result.state)).toEqual([]);
  });

  it('refuses to merge two topics that are both on the grid, or a topic with itself', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'hall') },
        { type: 'topic.place', topicId: 'diag', cell: cell('s2', 'garden') },
      ],
      clock,
    );
    expect(
      reasonOf(
        applyCommand(
          board,
          { type: 'topic.merge', keepId: 'gp', duplicateId: 'diag' },
          clock.ctx(),
        ),
      ),
    ).toBe(
      "Both topics are on the grid: 'Access to GPs' at 10:00, Main hall and 'Diagnosis' at 11:00, Garden room. Move one back to the queue first.",
    );
    expect(
      reasonOf(
        applyCommand(board, { type: 'topic.merge', keepId: 'gp', duplicateId: 'gp' }, clock.ctx()),
      ),
    ).toBe('Choose two different topics to merge.');
  });

  it('refuses to act on a merged topic, naming the one it went into', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [{ type: 'topic.merge', keepId: 'gp', duplicateId: 'diag' }],
      clock,
    );
    const reason = "'Diagnosis' was merged into 'Access to GPs'.";
    expect(
      reasonOf(
        applyCommand(
          board,
          { type: 'topic.place', topicId: 'diag', cell: cell('s1', 'hall') },
          clock.ctx(),
        ),
      ),
    ).toBe(reason);
    expect(
      reasonOf(
        applyCommand(
          board,
          { type: 'topic.edit', topicId: 'diag', input: topicInput('D', [person('p2')]) },
          clock.ctx(),
        ),
      ),
    ).toBe(reason);
    expect(
      reasonOf(applyCommand(board, { type: 'topic.remove', topicId: 'diag' }, clock.ctx())),
    ).toBe(reason);
    expect(
      reasonOf(applyCommand(board, { type: 'topic.remove', topicId: 'gp' }, clock.ctx())),
    ).toBe("Other topics were merged into 'Access to GPs', so it cannot be removed.");
  });

  it('removes only a queued topic without notes', () => {
    const clock = testClock();
    const board = run(
      standardBoard(clock),
      [
        { type: 'topic.place', topicId: 'gp', cell: cell('s1', 'hall') },
        {
          type: 'group.record',
          topicId: 'peer',
          input: { keyPoints: ['A point'], actions: [], reporter: null },
        },
      ],
      clock,
    );
    expect(
      reasonOf(applyCommand(board, { type: 'topic.remove', topicId: 'gp' }, clock.ctx())),
    ).toBe("'Access to GPs' is on the grid at 10:00, Main hall. Move it back to the queue first.");
    expect(
      reasonOf(applyCommand(board, { type: 'topic.remove', topicId: 'peer' }, clock.ctx())),
    ).toBe("'Peer support' has group notes. Clear them first.");
    const removed = ok(applyCommand(board, { type: 'topic.remove', topicId: 'diag' }, clock.ctx()));
    expect(removed.state.topics.diag).toBeUndefined();
    expect(removed.changes).toEqual([{ table: 'boardTopics', delete: 'diag' }]);
    const diag = board.topics.diag as Topic;
    expect(removed.inverse).toMatchObject({
      type: 'topic.add',
      topicId: 'diag',
      input: {
        title: diag.title,
        description: diag.description,
        tags: diag.tags,
        conveners: diag.conveners,
      },
    });
  });
});
