import type { Proposal } from './proposal';
import type { NamedVote, VotedMarker } from './votes';

/**
 * How the voting records are stored. A proposal keeps the taskforce of its meeting, so that a
 * taskforce's prioritisation rounds can be read through one index.
 */
export interface ProposalRecord extends Proposal {
  taskforceId: string;
}

/** A named vote's id is made from its round and person: a changed vote lands on one record. */
export interface NamedVoteRecord extends NamedVote {
  id: string;
}

/** The same for a marker: one per person and round, even when two laptops are merged. */
export interface VotedMarkerRecord extends VotedMarker {
  id: string;
}

export function namedVoteId(roundId: string, personId: string): string {
  return `vote|${roundId}|${personId}`;
}

export function votedMarkerId(roundId: string, personId: string): string {
  return `voted|${roundId}|${personId}`;
}
