import { describe, expect, it } from 'vitest';
import { namedVoteId, votedMarkerId } from '../../../../src-renderer/domain/voting/records';

describe('stored vote ids', () => {
  it('gives one named vote and one marker per person and round, apart from each other', () => {
    expect(namedVoteId('r1', 'p1')).toBe(namedVoteId('r1', 'p1'));
    expect(namedVoteId('r1', 'p1')).not.toBe(namedVoteId('r2', 'p1'));
    expect(namedVoteId('r1', 'p1')).not.toBe(namedVoteId('r1', 'p2'));
    expect(votedMarkerId('r1', 'p1')).not.toBe(namedVoteId('r1', 'p1'));
  });
});
