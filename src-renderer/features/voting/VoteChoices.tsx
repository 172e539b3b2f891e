import type { VotingMethod } from '../../domain/voting/methods';
import {
  CONSENT_CHOICES,
  CONSENT_LABELS,
  FIST_LABELS,
  FIST_POINTS,
  GRADIENT_LABELS,
  GRADIENT_POINTS,
  THUMBS,
  THUMB_LABELS,
  fistName,
} from '../../domain/voting/methods';
import type { Round } from '../../domain/voting/round';
import { TextAreaField } from '../../ui/Field';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';
import { plural } from './voting-text';

/** What is on the form before it is checked: the choice as typed, the dots per option. */
export interface VoteDraft {
  method: VotingMethod;
  choice: string;
  reason: string;
  dots: Readonly<Record<string, number>>;
}

export function emptyDraft(method: VotingMethod): VoteDraft {
  return { method, choice: '', reason: '', dots: {} };
}

/** The draft in the shape of a vote, for the domain to check (validateVoteValue). */
export function draftValue(draft: VoteDraft): unknown {
  const { method, choice } = draft;
  switch (method) {
    case 'gradients':
      return { method, point: choice === '' ? undefined : Number(choice) };
    case 'fist-to-five':
      return { method, fingers: choice === '' ? undefined : Number(choice) };
    case 'thumbs':
      return { method, thumb: choice };
    case 'consent':
      return choice === ''
        ? { method }
        : { method, objection: choice === 'objection', reason: draft.reason };
    case 'dots':
      return {
        method,
        dots: Object.fromEntries(Object.entries(draft.dots).filter(([, n]) => n !== 0)),
      };
  }
}

const SCALES: Record<Exclude<VotingMethod, 'dots'>, { value: string; label: string }[]> = {
  gradients: GRADIENT_POINTS.map((p) => ({
    value: String(p),
    label: `${p} ${GRADIENT_LABELS[p]}`,
  })),
  'fist-to-five': FIST_POINTS.map((p) => ({
    value: String(p),
    label: `${fistName(p)}: ${FIST_LABELS[p]}`,
  })),
  thumbs: THUMBS.map((t) => ({ value: t, label: THUMB_LABELS[t] })),
  consent: CONSENT_CHOICES.map((c) => ({ value: c, label: CONSENT_LABELS[c] })),
};

interface Props {
  round: Round;
  draft: VoteDraft;
  onChange: (draft: VoteDraft) => void;
  error?: string | undefined;
}

/** The choices of the round's method, as radio buttons, or a number of dots per option. */
export function VoteChoices({ round, draft, onChange, error }: Props) {
  if (round.method === 'dots') {
    const used = Object.values(draft.dots).reduce(
      (sum, n) => sum + (Number.isFinite(n) ? n : 0),
      0,
    );
    return (
      <fieldset className="group dot-ballot">
        <legend>Dots placed</legend>
        <p role="status">
          {used} of {plural(round.dotBudget, 'dot', 'dots')} placed.
        </p>
        {error && (
          <p className="field__error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        )}
        <div className="dot-ballot__options">
          {round.options.map((option) => (
            <NumberField
              key={option.id}
              label={`Dots on ${option.label}`}
              value={draft.dots[option.id] ?? 0}
              min={0}
              max={round.dotBudget}
              onChange={(n) => onChange({ ...draft, dots: { ...draft.dots, [option.id]: n } })}
            />
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <>
      <ChoiceGroup
        legend="Vote"
        className={
          round.method === 'gradients' || round.method === 'fist-to-five'
            ? 'choice-group--scale'
            : ''
        }
        value={draft.choice}
        options={SCALES[round.method]}
        onChange={(choice) => onChange({ ...draft, choice })}
        error={error}
      />
      {round.method === 'consent' && draft.choice === 'objection' && (
        <TextAreaField
          label="Reason for the objection"
          hint="What the group needs to work on before the next round."
          value={draft.reason}
          onChange={(reason) => onChange({ ...draft, reason })}
          rows={3}
        />
      )}
    </>
  );
}
