import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { recordOutcome } from '../../data/voting/proposal-commands';
import type { DecisionOutcome, OutcomeField, OutcomeInput } from '../../domain/voting/outcome';
import type { ProposalRecord } from '../../domain/voting/records';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';

interface Props {
  proposal: ProposalRecord;
  /** The meeting's date, offered as the date of the decision. */
  decidedOn: string;
  onClose: () => void;
}

/** Closes a proposal: what was decided, the dissent noted, and when to look at it again. */
export function OutcomeDialog({ proposal, decidedOn, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<DecisionOutcome, OutcomeField>(
    formRef,
  );
  const [input, setInput] = useState<OutcomeInput>({
    statement: '',
    dissent: '',
    decidedOn,
    reviewDate: '',
  });
  const set = (key: keyof OutcomeInput) => (value: string) =>
    setInput((current) => ({ ...current, [key]: value }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await submit(() =>
      recordOutcome(db, proposal.id, input, proposal.version, commandContext()),
    );
    if (saved) {
      announce('Outcome recorded. The proposal is decided.');
      onClose();
    }
  }

  const problem = errors.proposal ?? errors.rounds;
  return (
    <Dialog title="Record the outcome" onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        {problem && (
          <div className="notice notice--error" role="alert">
            {problem}
          </div>
        )}
        <TextAreaField
          label="What was decided"
          hint="In the group’s words."
          value={input.statement}
          onChange={set('statement')}
          error={errors.statement}
        />
        <TextAreaField
          label="Dissent noted"
          hint="Who disagreed or stood aside, and why. Leave empty if nobody did."
          value={input.dissent}
          onChange={set('dissent')}
          error={errors.dissent}
          rows={3}
        />
        <TextField
          label="Date of the decision"
          type="date"
          value={input.decidedOn}
          onChange={set('decidedOn')}
          error={errors.decidedOn}
        />
        <TextField
          label="Review date"
          hint="When the group will look at this decision again."
          type="date"
          value={input.reviewDate}
          onChange={set('reviewDate')}
          error={errors.reviewDate}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Record the outcome"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
