import { useMemo, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import type { VoteReceipt } from '../../data/voting/vote-commands';
import { castVote } from '../../data/voting/vote-commands';
import { METHOD_QUESTIONS } from '../../domain/voting/methods';
import type { Round } from '../../domain/voting/round';
import { validateVoteValue } from '../../domain/voting/vote-value';
import type { VoteField } from '../../domain/voting/votes';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { Checkbox, SelectField } from '../../ui/Field';
import { useFormSubmit } from '../../ui/use-form-submit';
import type { Voter } from './use-voting-data';
import { type VoteDraft, VoteChoices, draftValue, emptyDraft } from './VoteChoices';
import { YetToVote } from './YetToVote';

interface Props {
  round: Round;
  voters: readonly Voter[];
  voted: ReadonlySet<string>;
}

/**
 * Votes typed in on the laptop, for the people checked in at the meeting: their own on the
 * laptop, or on their behalf (hands in the room, paper), marked as such with who entered it.
 * In an anonymous round nothing of the vote stays on screen once it is cast.
 */
export function VotePanel({ round, voters, voted }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<VoteReceipt, VoteField>(formRef);
  const yet = useMemo(() => voters.filter((v) => !voted.has(v.id)), [voters, voted]);
  const [personId, setPersonId] = useState(() => yet[0]?.id ?? '');
  const [draft, setDraft] = useState<VoteDraft>(() => emptyDraft(round.method));
  const [onBehalf, setOnBehalf] = useState(true);
  const [localError, setLocalError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);

  function check(event: React.FormEvent) {
    event.preventDefault();
    const value = validateVoteValue(round, draftValue(draft));
    if (!value.ok) {
      setLocalError(value.errors.value);
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setLocalError(undefined);
    if (round.anonymous) setConfirming(true);
    else void cast();
  }

  async function cast() {
    setConfirming(false);
    const value = validateVoteValue(round, draftValue(draft));
    if (!value.ok) return;
    const name = voters.find((v) => v.id === personId)?.name ?? 'This person';
    const receipt = await submit(() =>
      castVote(
        db,
        { roundId: round.id, personId, value: value.value, enteredOnBehalf: onBehalf },
        commandContext(),
      ),
    );
    if (!receipt) return;
    setDraft(emptyDraft(round.method));
    const next = yet.find((v) => v.id !== personId);
    setPersonId(next?.id ?? '');
    announce(
      receipt.anonymous
        ? `${name} has voted. The vote was kept without their name.`
        : receipt.replaced
          ? `${name}’s vote was changed.`
          : `Vote recorded for ${name}.`,
    );
    formRef.current?.querySelector<HTMLElement>('select')?.focus();
  }

  const options = [
    { value: '', label: 'Choose who is voting' },
    ...voters.map((v) => ({
      value: v.id,
      label: voted.has(v.id)
        ? `${v.name} (${round.anonymous ? 'has voted' : 'voted: a new vote replaces it'})`
        : v.name,
    })),
  ];
  return (
    <div className="vote-panel">
      <YetToVote voters={voters} yet={yet} />
      {voters.length > 0 && (
        <form
          ref={formRef}
          onSubmit={check}
          noValidate
          aria-label={`Record a vote in round ${round.number}`}
        >
          <h3>Record a vote</h3>
          {errors.round && (
            <div className="notice notice--error" role="alert">
              {errors.round}
            </div>
          )}
          <SelectField
            label="Who is voting"
            value={personId}
            options={options}
            onChange={setPersonId}
            error={errors.personId}
          />
          <p className="vote-question">{METHOD_QUESTIONS[round.method]}</p>
          <VoteChoices
            round={round}
            draft={draft}
            onChange={setDraft}
            error={localError ?? errors.value}
          />
          <Checkbox
            label="Entered on their behalf (hands in the room or on paper)"
            checked={onBehalf}
            onChange={setOnBehalf}
          />
          {formError && (
            <div className="notice notice--error" role="alert">
              {formError}
            </div>
          )}
          <div className="form-actions">
            <button type="submit" className="button" disabled={saving}>
              {round.anonymous ? 'Cast the anonymous vote' : 'Record the vote'}
            </button>
          </div>
        </form>
      )}
      {confirming && (
        <ConfirmDialog
          title="Cast this anonymous vote?"
          message={
            <p>An anonymous vote is kept without a name, so it cannot be changed afterwards.</p>
          }
          confirmLabel="Cast the vote"
          onConfirm={() => void cast()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
