import { describe, expect, it } from 'vitest';
import type { OutcomeInput } from '../../../../src-renderer/domain/voting/outcome';
import {
  closeProposal,
  planNextRound,
  recordConcerns,
  summariseDecision,
} from '../../../../src-renderer/domain/voting/outcome';
import type { Round } from '../../../../src-renderer/domain/voting/round';
import {
  closeRound,
  defaultRoundSettings,
  startRound,
} from '../../../../src-renderer/domain/voting/round';
import { tallyRound } from '../../../../src-renderer/domain/voting/tally';
import { castNamedVote } from '../../../../src-renderer/domain/voting/votes';
import { ctxAt, errorsOf, fist, makeProposal, makeRound, unwrap } from './helpers';

const closed = (round: Round) => unwrap(closeRound(round, ctxAt(100)));

const outcomeInput: OutcomeInput = {
  statement: '  Meetings move to Saturday mornings.  ',
  dissent: '  Two members prefer evenings; they will join online.  ',
  decidedOn: '2026-11-22',
  reviewDate: '2027-05-22',
};

describe('recordConcerns', () => {
  it('records the concerns raised after a failed round, trimmed, with who raised them', () => {
    const round = closed(makeRound('fist-to-five'));
    const updated = unwrap(
      recordConcerns(
        round,
        [
          { concern: '  Saturday clashes with caring duties ', raisedBy: ' p2 ' },
          { concern: 'Parking costs', raisedBy: '  ' },
        ],
        ctxAt(120),
      ),
    );
    expect(updated.concerns).toEqual([
      { concern: 'Saturday clashes with caring duties', raisedBy: 'p2' },
      { concern: 'Parking costs' },
    ]);
    expect(updated.version).toBe(round.version + 1);
    expect(updated.updatedAt).toBe(ctxAt(120).now);
  });

  it('waits until the round is closed', () => {
    expect(errorsOf(recordConcerns(makeRound('thumbs'), [], ctxAt()))).toEqual({
      concerns: 'Close the round before recording the concerns raised.',
    });
  });

  it('refuses an empty, overlong or hidden-character concern beside that concern', () => {
    const round = closed(makeRound('thumbs'));
    const second = (concern: string) =>
      errorsOf(recordConcerns(round, [{ concern: 'Fine' }, { concern }], ctxAt()));
    expect(second(' ')).toEqual({ 'concerns.1': 'Enter the concern.' });
    expect(second('x'.repeat(5001))).toEqual({
      'concerns.1': 'The concern must be 5000 characters or fewer (it has 5001).',
    });
    expect(second('Too \u202Esoon')).toEqual({
      'concerns.1': 'The concern contains characters that cannot be stored.',
    });
  });

  it('refuses to name who raised a concern in an anonymous round', () => {
    const round = closed(makeRound('fist-to-five', { anonymous: true }));
    expect(
      errorsOf(recordConcerns(round, [{ concern: 'Too soon', raisedBy: 'p4' }], ctxAt())).concerns,
    ).toBe('This round was anonymous: record concerns without saying who raised them.');
    expect(unwrap(recordConcerns(round, [{ concern: 'Too soon' }], ctxAt())).concerns).toEqual([
      { concern: 'Too soon' },
    ]);
  });

  it('refuses an overlong list', () => {
    const round = closed(makeRound('thumbs'));
    const many = Array.from({ length: 51 }, (_, i) => ({ concern: `Concern ${i}` }));
    expect(errorsOf(recordConcerns(round, many, ctxAt())).concerns).toBe(
      'Record at most 50 concerns for one round.',
    );
  });
});

describe('planNextRound', () => {
  it('repeats the last round with the next number', () => {
    const first = closed(makeRound('dots', { dotBudget: 2, anonymous: true }));
    const second = { ...first, id: 'r2', number: 2 };
    const plan = planNextRound([second, first]);
    expect(plan?.number).toBe(3);
    expect(plan?.settings).toEqual({
      method: 'dots',
      rule: first.rule,
      anonymous: true,
      hiddenUntilRevealed: true,
      options: first.options,
      dotBudget: 2,
    });
  });

  it('has nothing to repeat before the first round', () => {
    expect(planNextRound([])).toBeUndefined();
  });
});

describe('closeProposal', () => {
  const proposal = makeProposal();
  const round1 = closed(
    unwrap(
      startRound(proposal, [], defaultRoundSettings('fist-to-five'), 'event-1', 'r1', ctxAt()),
    ),
  );
  const round2 = closed(
    unwrap(
      startRound(
        proposal,
        [round1],
        defaultRoundSettings('fist-to-five'),
        'event-1',
        'r2',
        ctxAt(50),
      ),
    ),
  );

  it('records the outcome, keeps every round in order and marks the proposal decided', () => {
    const elsewhere = { ...round1, id: 'not-mine', proposalId: 'other' };
    const { proposal: decided, outcome } = unwrap(
      closeProposal(
        proposal,
        [round2, elsewhere, round1],
        outcomeInput,
        'outcome-1',
        ctxAt(200, 'Alex'),
      ),
    );
    expect(decided).toMatchObject({ status: 'decided', version: 2, updatedAt: ctxAt(200).now });
    expect(outcome).toEqual({
      id: 'outcome-1',
      createdAt: ctxAt(200).now,
      updatedAt: ctxAt(200).now,
      version: 1,
      proposalId: proposal.id,
      statement: 'Meetings move to Saturday mornings.',
      dissent: 'Two members prefer evenings; they will join online.',
      decidedOn: '2026-11-22',
      reviewDate: '2027-05-22',
      roundIds: ['r1', 'r2'],
      recordedBy: 'Alex',
    });
  });

  it.each([
    ['2026-11-22', 'The review date must be after the date of the decision.'],
    ['2026-11-21', 'The review date must be after the date of the decision.'],
    ['2026-02-30', 'Enter a review date, for example 14/09/2026.'],
    ['', 'Enter a review date, for example 14/09/2026.'],
  ])('refuses a review date of "%s"', (reviewDate, message) => {
    const result = closeProposal(proposal, [round1], { ...outcomeInput, reviewDate }, 'o', ctxAt());
    expect(errorsOf(result).reviewDate).toBe(message);
  });

  it('needs a statement and a real decision date', () => {
    const errors = errorsOf(
      closeProposal(
        proposal,
        [round1],
        { ...outcomeInput, statement: '', decidedOn: '22/11/2026' },
        'o',
        ctxAt(),
      ),
    );
    expect(errors.statement).toBe('Enter the decision.');
    expect(errors.decidedOn).toBe('Enter the date of the decision, for example 14/03/2026.');
  });

  it('needs at least one round, all of them closed', () => {
    expect(errorsOf(closeProposal(proposal, [], outcomeInput, 'o', ctxAt())).rounds).toBe(
      'Run at least one round before recording the outcome.',
    );
    const open = unwrap(
      startRound(
        proposal,
        [round1],
        defaultRoundSettings('fist-to-five'),
        'event-1',
        'r2',
        ctxAt(),
      ),
    );
    expect(
      errorsOf(closeProposal(proposal, [round1, open], outcomeInput, 'o', ctxAt())).rounds,
    ).toBe('Close round 2 before recording the outcome.');
  });

  it('records one outcome per proposal', () => {
    const decided = { ...proposal, status: 'decided' as const };
    expect(errorsOf(closeProposal(decided, [round1], outcomeInput, 'o', ctxAt())).proposal).toBe(
      'This proposal already has an outcome.',
    );
  });
});

describe('a fist-to-five decision from start to finish', () => {
  it('fails on a 2, records the concern, passes in round 2 and keeps both rounds', () => {
    const proposal = makeProposal();
    const vote = (round: Round, personId: string, fingers: 0 | 1 | 2 | 3 | 4 | 5, s: number) =>
      unwrap(
        castNamedVote(
          round,
          { roundId: round.id, personId, value: fist(fingers), enteredOnBehalf: false },
          ctxAt(s),
        ),
      );

    const r1 = unwrap(
      startRound(proposal, [], defaultRoundSettings('fist-to-five'), 'event-1', 'r1', ctxAt()),
    );
    const votes1 = [vote(r1, 'p1', 4, 1), vote(r1, 'p2', 2, 2), vote(r1, 'p3', 5, 3)];
    const tally1 = tallyRound(r1, votes1);
    expect(tally1.verdict.status).toBe('failed');
    expect(tally1.concernsFrom).toEqual(['p2']);

    const r1Closed = unwrap(
      recordConcerns(closed(r1), [{ concern: 'Needs a hearing loop', raisedBy: 'p2' }], ctxAt(110)),
    );
    const plan = planNextRound([r1Closed]);
    if (!plan) throw new Error('Expected a plan for round 2');
    expect(plan.number).toBe(2);

    const r2 = unwrap(startRound(proposal, [r1Closed], plan.settings, 'event-1', 'r2', ctxAt(120)));
    const votes2 = [vote(r2, 'p1', 4, 121), vote(r2, 'p2', 3, 122), vote(r2, 'p3', 5, 123)];
    const tally2 = tallyRound(r2, votes2);
    expect(tally2.verdict.status).toBe('passed');

    const r2Closed = closed(r2);
    const { outcome } = unwrap(
      closeProposal(proposal, [r1Closed, r2Closed], outcomeInput, 'o1', ctxAt(200)),
    );
    const summary = summariseDecision(proposal, [r1Closed, r2Closed], [tally1, tally2], outcome);
    expect(summary.rounds).toEqual([
      {
        number: 1,
        method: 'Fist-to-five',
        rule: 'Consensus when everyone shows 3 fingers or more; anyone below states their concern and the round repeats.',
        anonymous: false,
        result:
          'No consensus yet: 1 person is below 3. Hear their concerns and run the round again.',
        voters: 3,
        concerns: [{ concern: 'Needs a hearing loop', raisedBy: 'p2' }],
      },
      {
        number: 2,
        method: 'Fist-to-five',
        rule: 'Consensus when everyone shows 3 fingers or more; anyone below states their concern and the round repeats.',
        anonymous: false,
        result: 'Consensus: everyone is at 3 or above.',
        voters: 3,
        concerns: [],
      },
    ]);
    expect(summary.statement).toBe('Meetings move to Saturday mornings.');
    expect(summary.reviewDate).toBe('2027-05-22');
  });

  it('keeps an unrevealed result unrevealed in the decision summary', () => {
    const proposal = makeProposal();
    const hidden = closed(
      unwrap(
        startRound(
          proposal,
          [],
          { ...defaultRoundSettings('thumbs'), hiddenUntilRevealed: true },
          'event-1',
          'r1',
          ctxAt(),
        ),
      ),
    );
    const { outcome } = unwrap(closeProposal(proposal, [hidden], outcomeInput, 'o1', ctxAt()));
    const summary = summariseDecision(proposal, [hidden], [tallyRound(hidden, [])], outcome);
    expect(summary.rounds[0]?.result).toBe('The result was not revealed.');
    expect(summariseDecision(proposal, [hidden], [], outcome).rounds[0]?.result).toBe(
      'No votes recorded.',
    );
  });
});
