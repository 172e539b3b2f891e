import { describe, expect, it } from 'vitest';
import type { Issue, IssueInput } from '../../../../src-renderer/domain/voting/issues';
import {
  createIssue,
  linesOfEnquiry,
  markLineOfEnquiry,
  mergeIssues,
  openIssues,
  promoteGroupOutcome,
  promoteTopic,
  setIssueStatus,
  survivorOf,
} from '../../../../src-renderer/domain/voting/issues';
import { ctxAt, errorsOf, unwrap } from './helpers';

const input = (title: string, taskforceId = 'tf-1'): IssueInput => ({
  taskforceId,
  title,
  description: '',
  source: { kind: 'free-text' },
});

const issue = (id: string, title: string, taskforceId = 'tf-1'): Issue =>
  unwrap(createIssue(input(title, taskforceId), [], id, ctxAt()));

const topic = { id: 'topic-1', title: 'Transport to clinics', description: 'Buses stop at 6pm.' };

describe('the issue list', () => {
  it('adds an open issue with trimmed text', () => {
    const created = unwrap(
      createIssue({ ...input('  Transport  '), description: '  Buses  ' }, [], 'i1', ctxAt(3)),
    );
    expect(created).toEqual({
      id: 'i1',
      createdAt: ctxAt(3).now,
      updatedAt: ctxAt(3).now,
      version: 1,
      taskforceId: 'tf-1',
      title: 'Transport',
      description: 'Buses',
      sources: [{ kind: 'free-text' }],
      status: 'open',
    });
  });

  it('needs a title and a taskforce', () => {
    expect(errorsOf(createIssue({ ...input(''), taskforceId: '' }, [], 'i1', ctxAt()))).toEqual({
      title: 'Enter a title.',
      taskforceId: 'Choose the taskforce this issue belongs to.',
    });
  });

  it('promotes a topic, remembering the topic and meeting', () => {
    const promoted = unwrap(promoteTopic(topic, 'event-1', 'tf-1', [], 'i1', ctxAt()));
    expect(promoted).toMatchObject({
      title: 'Transport to clinics',
      description: 'Buses stop at 6pm.',
      sources: [{ kind: 'topic', topicId: 'topic-1', eventId: 'event-1' }],
    });
  });

  it('promotes a group outcome with its key points as the description', () => {
    const promoted = unwrap(
      promoteGroupOutcome(
        { groupId: 'g-1', title: 'Peer support', keyPoints: ['Buddy scheme', '', ' Café '] },
        'event-1',
        'tf-1',
        [],
        'i1',
        ctxAt(),
      ),
    );
    expect(promoted.description).toBe('Buddy scheme\nCafé');
    expect(promoted.sources).toEqual([
      { kind: 'group-outcome', groupId: 'g-1', eventId: 'event-1' },
    ]);
  });

  it('promotes the same topic only once, even after its issue was merged', () => {
    const first = unwrap(promoteTopic(topic, 'event-1', 'tf-1', [], 'i1', ctxAt()));
    expect(errorsOf(promoteTopic(topic, 'event-2', 'tf-1', [first], 'i2', ctxAt())).source).toBe(
      'This is already on the issue list as “Transport to clinics”.',
    );
    const other = issue('i3', 'Getting there');
    const { survivor, absorbed } = unwrap(mergeIssues(other, first, ctxAt()));
    expect(promoteTopic(topic, 'event-2', 'tf-1', [survivor, absorbed], 'i4', ctxAt()).ok).toBe(
      false,
    );
    // Another taskforce may take up the same topic.
    expect(promoteTopic(topic, 'event-1', 'tf-2', [first], 'i5', ctxAt()).ok).toBe(true);
  });

  it('allows two free-text issues with the same wording', () => {
    const first = issue('i1', 'Information');
    expect(createIssue(input('Information'), [first], 'i2', ctxAt()).ok).toBe(true);
  });
});

describe('merging issues', () => {
  const transport = unwrap(promoteTopic(topic, 'event-1', 'tf-1', [], 'i1', ctxAt()));
  const buses = unwrap(
    promoteGroupOutcome(
      { groupId: 'g-2', title: 'Buses', keyPoints: [] },
      'event-2',
      'tf-1',
      [],
      'i2',
      ctxAt(),
    ),
  );

  it('keeps both sources on the survivor and points the absorbed issue at it', () => {
    const { survivor, absorbed } = unwrap(mergeIssues(transport, buses, ctxAt(40)));
    expect(survivor.sources).toEqual([
      { kind: 'topic', topicId: 'topic-1', eventId: 'event-1' },
      { kind: 'group-outcome', groupId: 'g-2', eventId: 'event-2' },
    ]);
    expect(survivor).toMatchObject({ status: 'open', version: 2, title: 'Transport to clinics' });
    expect(absorbed).toMatchObject({
      status: 'merged',
      mergedInto: 'i1',
      version: 2,
      title: 'Buses',
    });
  });

  it('refuses to merge an issue with itself, across taskforces, or once merged or closed', () => {
    expect(errorsOf(mergeIssues(transport, transport, ctxAt())).merge).toBe(
      'Choose two different issues to merge.',
    );
    expect(errorsOf(mergeIssues(transport, issue('x', 'Other', 'tf-2'), ctxAt())).merge).toBe(
      'Only issues of the same taskforce can be merged.',
    );
    const { absorbed } = unwrap(mergeIssues(transport, buses, ctxAt()));
    expect(errorsOf(mergeIssues(transport, absorbed, ctxAt())).merge).toBe(
      'Only open issues and lines of enquiry can be merged.',
    );
    const closed = unwrap(setIssueStatus(buses, 'closed', ctxAt()));
    expect(mergeIssues(closed, transport, ctxAt()).ok).toBe(false);
  });

  it('keeps an agreed line of enquiry agreed when it is merged into an open issue', () => {
    const agreed = unwrap(markLineOfEnquiry(buses, ctxAt(10)));
    const { survivor } = unwrap(mergeIssues(transport, agreed, ctxAt(20)));
    expect(survivor.status).toBe('line-of-enquiry');
    expect(survivor.agreedAt).toBe(ctxAt(10).now);
  });

  it('follows merges to the surviving issue, safely', () => {
    const a = { ...issue('a', 'A'), status: 'merged' as const, mergedInto: 'b' };
    const b = { ...issue('b', 'B'), status: 'merged' as const, mergedInto: 'c' };
    const c = issue('c', 'C');
    expect(survivorOf('a', [a, b, c])).toBe('c');
    expect(survivorOf('c', [a, b, c])).toBe('c');
    expect(survivorOf('unknown', [a, b, c])).toBe('unknown');
    const loopA = { ...a, mergedInto: 'b' };
    const loopB = { ...b, mergedInto: 'a' };
    expect(['a', 'b']).toContain(survivorOf('a', [loopA, loopB]));
  });
});

describe('lines of enquiry and status', () => {
  it('agrees an issue as a line of enquiry, with the time it was agreed', () => {
    const agreed = unwrap(markLineOfEnquiry(issue('i1', 'Transport'), ctxAt(70)));
    expect(agreed).toMatchObject({
      status: 'line-of-enquiry',
      agreedAt: ctxAt(70).now,
      version: 2,
    });
    expect(errorsOf(markLineOfEnquiry(agreed, ctxAt())).status).toBe(
      'This issue is already a line of enquiry.',
    );
  });

  it('forgets the agreement date when an issue is reopened', () => {
    const agreed = unwrap(markLineOfEnquiry(issue('i1', 'Transport'), ctxAt(70)));
    const reopened = unwrap(setIssueStatus(agreed, 'open', ctxAt(80)));
    expect(reopened.status).toBe('open');
    expect('agreedAt' in reopened).toBe(false);
  });

  it('leaves merged issues to their survivor', () => {
    const merged = { ...issue('i1', 'Transport'), status: 'merged' as const, mergedInto: 'i2' };
    expect(errorsOf(setIssueStatus(merged, 'open', ctxAt())).status).toBe(
      'This issue was merged into another; change that one instead.',
    );
  });

  it('lists open issues and lines of enquiry for one taskforce', () => {
    const open = issue('i1', 'Open one');
    const agreed = unwrap(markLineOfEnquiry(issue('i2', 'Agreed one'), ctxAt()));
    const elsewhere = issue('i3', 'Other taskforce', 'tf-2');
    const all = [open, agreed, elsewhere];
    expect(openIssues(all, 'tf-1').map((i) => i.id)).toEqual(['i1']);
    expect(linesOfEnquiry(all, 'tf-1').map((i) => i.id)).toEqual(['i2']);
  });
});
