import type { ConsentFormVersion } from '../../domain/people/consent-form';
import { PURPOSE_LABELS } from '../../domain/people/consent-purposes';
import { Dialog } from '../../ui/Dialog';
import { readableDateTime } from './consent-text';

/** The statements of one version, exactly as worded. */
export function FormWording({ form }: { form: ConsentFormVersion }) {
  return (
    <dl className="form-wording">
      {form.statements.map((statement) => (
        <div key={statement.purpose}>
          <dt>{PURPOSE_LABELS[statement.purpose]}</dt>
          <dd className="wording">{statement.wording}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FormVersionDialog({
  version,
  onClose,
}: {
  version: ConsentFormVersion;
  onClose: () => void;
}) {
  return (
    <Dialog title={`${version.title}, version ${version.formVersion}`} onClose={onClose}>
      <p>
        Saved {readableDateTime(version.createdAt)} by {version.createdBy}.
      </p>
      <FormWording form={version} />
      <div className="dialog__actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
