import { ComingSoon } from '../../app/ComingSoon';

/** The reports area; `rest` is what follows "#/reports/" in the address. */
export function ReportsArea({ rest }: { rest: string[] }) {
  return <ComingSoon area="reports" key={rest.join('/')} />;
}
