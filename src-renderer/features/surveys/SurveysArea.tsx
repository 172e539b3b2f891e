import { ComingSoon } from '../../app/ComingSoon';

/** The surveys area; `rest` is what follows "#/surveys/" in the address. */
export function SurveysArea({ rest }: { rest: string[] }) {
  return <ComingSoon area="surveys" key={rest.join('/')} />;
}
