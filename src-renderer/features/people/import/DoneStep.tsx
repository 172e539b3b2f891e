import { routeHref } from '../../../app/routes';
import { number } from '../Pager';
import { StepHeading } from './StepHeading';

export function DoneStep(props: { imported: number; fileName: string; onAnother: () => void }) {
  const { imported } = props;
  return (
    <>
      <StepHeading>Import finished</StepHeading>
      <div className="notice notice--success">
        <p>
          Imported {number(imported)} {imported === 1 ? 'person' : 'people'} from {props.fileName}.
        </p>
        <p>
          Their consent is not recorded yet: record it on each person’s page, for example when they
          next come to an event.
        </p>
      </div>
      <div className="form-actions">
        <a className="button" href={routeHref('people')}>
          Go to the people register
        </a>
        <button type="button" className="button button--secondary" onClick={props.onAnother}>
          Import another file
        </button>
      </div>
    </>
  );
}
