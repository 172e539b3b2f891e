import { ComingSoon } from '../../app/ComingSoon';

/** The voting area; `rest` is what follows "#/voting/" in the address. */
export function VotingArea({ rest }: { rest: string[] }) {
  return <ComingSoon area="voting" key={rest.join('/')} />;
}
