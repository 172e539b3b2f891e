import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { mergeIssue } from '../../data/voting/issue-commands';
import type { Issue } from '../../domain/voting/issues';
import { compareLabels } from '../../domain/voting/wording';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';

interface Props {
  issue: Issue;
  issues: readonly Issue[];
  onClose: () => void;
}

/** Folds one issue into another: its dots, at every meeting, then count for the other. */
export function MergeIssueDialog({ issue, issues, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<Issue, 'merge'>(formRef);
  const targets = issues
    .filter(
      (other) =>
        other.id !== issue.id && (other.status === 'open' || other.status === 'line-of-enquiry'),
    )
    .sort((a, b) => compareLabels(a.title, b.title));
  const [survivorId, setSurvivorId] = useState('');

  async function merge(event: React.FormEvent) {
    event.preventDefault();
    if (survivorId === '') return;
    const survivor = await submit(() => mergeIssue(db, survivorId, issue.id, commandContext()));
    if (survivor) {
      announce(`“${issue.title}” merged into “${survivor.title}”.`);
      onClose();
    }
  }

  return (
    <Dialog title={`Merge “${issue.title}”`} onClose={onClose}>
      <form ref={formRef} onSubmit={merge} noValidate>
        <p>
          The issue you choose stays on the list. “{issue.title}” is kept as merged, and the dots it
          received at earlier meetings count for the issue it is merged into. A merge cannot be
          undone.
        </p>
        {targets.length === 0 ? (
          <p className="notice notice--warning">There is no other open issue to merge it into.</p>
        ) : (
          <SelectField
            label="Merge into"
            value={survivorId}
            options={[
              { value: '', label: 'Choose an issue' },
              ...targets.map((t) => ({ value: t.id, label: t.title })),
            ]}
            onChange={setSurvivorId}
            error={errors.merge}
          />
        )}
        <FormFooter
          error={formError}
          saving={saving || survivorId === ''}
          submitLabel="Merge the issues"
          onCancel={onClose}
          danger
        />
      </form>
    </Dialog>
  );
}
