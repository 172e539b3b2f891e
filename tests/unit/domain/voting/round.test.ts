import { describe, expect, it } from 'vitest';
import type { ProposalInput } from '../../../../src-renderer/domain/voting/proposal';
import {
  createProposal,
  proposalFromGroupOutcome,
  proposalFromTopic,
} from '../../../../src-renderer/domain/voting/proposal';
import type { RoundSettingsInput } from '../../../../src-renderer/domain/voting/round';
import {
  closeRound,
  defaultRoundSettings,
  isResultVisible,
  nextRoundNumber,
  revealRound,
  startRound,
  validateRoundSettings,
} from '../../../../src-renderer/domain/voting/round';
import { ctxAt, errorsOf, makeProposal, makeRound, unwrap } from './helpers';

const options = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `o${i}`, label: `Option ${i + 1}` }));

describe('proposals', () => {
  const input: ProposalInput = {
    eventId: 'event-1',
    title: '  Hold meetings on Saturdays  ',
    text: '  So that people in work can come.  ',
    source: { kind: 'free-text' },
  };

  it('creates an open proposal with its meta and who raised it', () => {
    const proposal = unwrap(createProposal(input, 'p-1', ctxAt(5, 'Alex')));
    expect(proposal).toEqual({
      eventId: 'event-1',
      title: 'Hold meetings on Saturdays',
      text: 'So that people in work can come.',
      source: { kind: 'free-text' },
      id: 'p-1',
      createdAt: ctxAt(5).now,
      updatedAt: ctxAt(5).now,
      version: 1,
      status: 'open',
      createdBy: 'Alex',
    });
  });

  it('needs a title, an event and a complete source', () => {
    const errors = errorsOf(
      createProposal(
        { ...input, title: ' ', eventId: '', source: { kind: 'topic', topicId: '' } },
        'p-1',
        ctxAt(),
      ),
    );
    expect(errors).toEqual({
      title: 'Enter a title.',
      eventId: 'Choose the event this proposal belongs to.',
      source: 'Choose the topic this proposal comes from.',
    });
  });

  it('starts from a topic card, keeping a reference to it', () => {
    const from = proposalFromTopic(
      { id: 'topic-9', title: 'Transport to clinics', description: 'Buses stop at 6pm.' },
      'event-1',
    );
    expect(from).toEqual({
      eventId: 'event-1',
      title: 'Transport to clinics',
      text: 'Buses stop at 6pm.',
      source: { kind: 'topic', topicId: 'topic-9' },
    });
    expect(createProposal(from, 'p-2', ctxAt()).ok).toBe(true);
  });

  it("starts from a group's outcome, listing its key points", () => {
    const from = proposalFromGroupOutcome(
      {
        groupId: 'group-3',
        title: 'Peer support',
        keyPoints: ['Buddy scheme', ' ', 'Monthly café'],
      },
      'event-1',
    );
    expect(from.text).toBe('• Buddy scheme\n• Monthly café');
    expect(from.source).toEqual({ kind: 'group-outcome', groupId: 'group-3' });
  });
});

describe('round settings', () => {
  it('gives each person options ÷ 3 dots by default', () => {
    const settings = unwrap(validateRoundSettings(defaultRoundSettings('dots', options(7))));
    expect(settings.dotBudget).toBe(2);
  });

  it('keeps a budget the facilitator chose', () => {
    const input = { ...defaultRoundSettings('dots', options(7)), dotBudget: 5 };
    expect(unwrap(validateRoundSettings(input)).dotBudget).toBe(5);
  });

  it.each([0, 51, 2.5])('refuses a budget of %s', (dotBudget) => {
    const input = { ...defaultRoundSettings('dots', options(4)), dotBudget };
    expect(errorsOf(validateRoundSettings(input)).dotBudget).toBe(
      'Give each person from 1 to 50 dots.',
    );
  });

  it('needs at least two distinct, named options for dot voting', () => {
    expect(errorsOf(validateRoundSettings(defaultRoundSettings('dots', options(1)))).options).toBe(
      'Give at least 2 options to vote on.',
    );
    const duplicate = [...options(2), { id: 'o0', label: 'Again' }];
    expect(errorsOf(validateRoundSettings(defaultRoundSettings('dots', duplicate))).options).toBe(
      'Each option must appear once.',
    );
    const unnamed = [...options(2), { id: 'x', label: '  ' }];
    expect(errorsOf(validateRoundSettings(defaultRoundSettings('dots', unnamed))).options).toBe(
      'Enter each option.',
    );
    expect(errorsOf(validateRoundSettings(defaultRoundSettings('dots', options(61)))).options).toBe(
      'Give at most 60 options to vote on.',
    );
  });

  it('clears options and budget for methods that do not use them', () => {
    const input: RoundSettingsInput = {
      ...defaultRoundSettings('thumbs'),
      options: options(3),
      dotBudget: 4,
    };
    const settings = unwrap(validateRoundSettings(input));
    expect(settings.options).toEqual([]);
    expect(settings.dotBudget).toBe(0);
  });

  it('always hides the results of an anonymous round until they are revealed', () => {
    const input = {
      ...defaultRoundSettings('gradients'),
      anonymous: true,
      hiddenUntilRevealed: false,
    };
    expect(unwrap(validateRoundSettings(input)).hiddenUntilRevealed).toBe(true);
  });

  it('refuses a rule that does not fit the method', () => {
    const input = { ...defaultRoundSettings('thumbs'), rule: defaultRoundSettings('consent').rule };
    expect(errorsOf(validateRoundSettings(input)).rule).toBe(
      'Choose a decision rule for this method.',
    );
  });

  it('refuses an unknown method', () => {
    const input = { ...defaultRoundSettings('thumbs'), method: 'show-of-hands' } as never;
    expect(errorsOf(validateRoundSettings(input))).toEqual({
      method: 'Choose how people will vote.',
    });
  });
});

describe('starting, revealing and closing rounds', () => {
  const proposal = makeProposal();

  it('numbers rounds within their proposal', () => {
    const first = unwrap(
      startRound(proposal, [], defaultRoundSettings('fist-to-five'), 'event-1', 'r1', ctxAt()),
    );
    expect(first).toMatchObject({
      proposalId: proposal.id,
      eventId: 'event-1',
      number: 1,
      status: 'open',
      openedAt: ctxAt().now,
      openedBy: 'Sam Facilitator',
      concerns: [],
      version: 1,
    });
    const closed = unwrap(closeRound(first, ctxAt(60)));
    const otherProposal = { ...closed, id: 'x', proposalId: 'another', number: 7 };
    const second = unwrap(
      startRound(
        proposal,
        [closed, otherProposal],
        defaultRoundSettings('fist-to-five'),
        'event-2',
        'r2',
        ctxAt(90),
      ),
    );
    expect(second.number).toBe(2);
    expect(second.eventId).toBe('event-2');
  });

  it('runs one round at a time for a proposal', () => {
    const open = unwrap(
      startRound(proposal, [], defaultRoundSettings('thumbs'), 'event-1', 'r1', ctxAt()),
    );
    expect(
      errorsOf(
        startRound(proposal, [open], defaultRoundSettings('thumbs'), 'event-1', 'r2', ctxAt()),
      ),
    ).toEqual({ round: 'Close round 1 before starting another.' });
  });

  it('starts no round on a decided proposal or without a meeting', () => {
    const decided = { ...proposal, status: 'decided' as const };
    expect(
      errorsOf(startRound(decided, [], defaultRoundSettings('thumbs'), 'event-1', 'r1', ctxAt()))
        .proposal,
    ).toBe('This proposal is decided: no more rounds can start.');
    expect(
      errorsOf(startRound(proposal, [], defaultRoundSettings('thumbs'), '', 'r1', ctxAt())).eventId,
    ).toBe('Choose the meeting this round is held at.');
  });

  it('works out the next round number from the highest so far', () => {
    expect(nextRoundNumber([])).toBe(1);
    expect(nextRoundNumber([{ number: 2 }, { number: 1 }])).toBe(3);
  });

  it('reveals a hidden named round without closing it', () => {
    const round = makeRound('fist-to-five', { hiddenUntilRevealed: true });
    expect(isResultVisible(round)).toBe(false);
    const revealed = unwrap(revealRound(round, ctxAt(30)));
    expect(revealed).toMatchObject({ revealedAt: ctxAt(30).now, status: 'open', version: 2 });
    expect(isResultVisible(revealed)).toBe(true);
    expect(errorsOf(revealRound(revealed, ctxAt(31)))).toEqual({
      round: 'The results of this round are already shown.',
    });
  });

  it('closes an anonymous round when it is revealed, so that no late ballot changes the chart', () => {
    const round = makeRound('gradients', { anonymous: true });
    const revealed = unwrap(revealRound(round, ctxAt(30)));
    expect(revealed).toMatchObject({
      status: 'closed',
      closedAt: ctxAt(30).now,
      revealedAt: ctxAt(30).now,
    });
  });

  it('has nothing to reveal in a round that was never hidden', () => {
    const round = makeRound('thumbs');
    expect(isResultVisible(round)).toBe(true);
    expect(revealRound(round, ctxAt()).ok).toBe(false);
  });

  it('closes a round once', () => {
    const closed = unwrap(closeRound(makeRound('consent'), ctxAt(45)));
    expect(closed).toMatchObject({ status: 'closed', closedAt: ctxAt(45).now, version: 2 });
    expect(errorsOf(closeRound(closed, ctxAt(46)))).toEqual({
      round: 'This round is already closed.',
    });
  });
});
