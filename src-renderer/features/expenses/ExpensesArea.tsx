import { ComingSoon } from '../../app/ComingSoon';

/** The expenses area; `rest` is what follows "#/expenses/" in the address. */
export function ExpensesArea({ rest }: { rest: string[] }) {
  return <ComingSoon area="expenses" key={rest.join('/')} />;
}
