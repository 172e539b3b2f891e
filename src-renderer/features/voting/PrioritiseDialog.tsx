import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import { startPrioritisation } from '../../data/voting/prioritisation-commands';
import { MAX_DOT_BUDGET, defaultDotBudget } from '../../domain/voting/methods';
import type { ProposalRecord } from '../../domain/voting/records';
import type { Round, RoundField } from '../../domain/voting/round';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { Checkbox } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import { NumberField } from './NumberField';
import { plural } from './voting-text';

interface Props {
  eventId: string;
  openIssueCount: number;
  onClose: () => void;
}

/** A dot-voting round over the taskforce's open issues, at this meeting. */
export function PrioritiseDialog({ eventId, openIssueCount, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<
    { proposal: ProposalRecord; round: Round },
    RoundField
  >(formRef);
  const [anonymous, setAnonymous] = useState(false);
  const [hidden, setHidden] = useState(true);
  const [budget, setBudget] = useState(defaultDotBudget(openIssueCount));

  async function start(event: React.FormEvent) {
    event.preventDefault();
    const started = await submit(() =>
      startPrioritisation(
        db,
        eventId,
        { anonymous, hiddenUntilRevealed: hidden, dotBudget: budget },
        commandContext(),
      ),
    );
    if (started) {
      announce(`Prioritisation round ${started.round.number} is open for votes.`);
      onClose();
      window.location.hash = routeHref('voting', 'proposal', started.proposal.id);
    }
  }

  const problem = errors.options ?? errors.round ?? errors.eventId ?? errors.proposal;
  return (
    <Dialog title="Prioritise the issues" onClose={onClose}>
      <form ref={formRef} onSubmit={start} noValidate>
        <p>
          Everyone places dots on the open issues of the taskforce’s list (
          {plural(openIssueCount, 'open issue', 'open issues')}). They may put several dots on one
          issue. The ranking is kept for this meeting, so you can see how priorities move from
          meeting to meeting.
        </p>
        {problem && (
          <div className="notice notice--error" role="alert">
            {problem}
          </div>
        )}
        <NumberField
          label="Dots for each person"
          hint={`The usual number is a third of the issues, here ${defaultDotBudget(openIssueCount)}.`}
          value={budget}
          min={1}
          max={MAX_DOT_BUDGET}
          onChange={setBudget}
          error={errors.dotBudget}
        />
        <Checkbox
          label="Anonymous: keep no link between a person and their dots"
          checked={anonymous}
          onChange={setAnonymous}
        />
        <Checkbox
          label="Hide the results until I reveal them"
          checked={hidden || anonymous}
          onChange={setHidden}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Start the round"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
