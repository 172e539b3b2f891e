import { ComingSoon } from '../../app/ComingSoon';

/** The board area; `rest` is what follows "#/board/" in the address. */
export function BoardArea({ rest }: { rest: string[] }) {
  return <ComingSoon area="board" key={rest.join('/')} />;
}
