import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { newId } from '../../data/ids';
import { openRound } from '../../data/voting/round-commands';
import type { DotOption, VotingMethod } from '../../domain/voting/methods';
import {
  MAX_DOT_BUDGET,
  METHOD_LABELS,
  VOTING_METHODS,
  defaultDotBudget,
} from '../../domain/voting/methods';
import type { ProposalRecord } from '../../domain/voting/records';
import type { Round, RoundField, RoundSettingsInput } from '../../domain/voting/round';
import type { DecisionRule } from '../../domain/voting/rules';
import { defaultRule, describeRule } from '../../domain/voting/rules';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, TextAreaField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';
import { RuleFields } from './RuleFields';

interface Props {
  proposal: ProposalRecord;
  eventId: string;
  /** The previous round's settings, or the defaults for a first round. */
  initial: RoundSettingsInput;
  number: number;
  onClose: () => void;
}

/** Chooses the method, the decision rule and how votes are kept, then opens the round. */
export function StartRoundDialog({ proposal, eventId, initial, number, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<Round, RoundField>(formRef);
  const [method, setMethod] = useState<VotingMethod>(initial.method);
  const [rule, setRule] = useState<DecisionRule>(initial.rule);
  const [anonymous, setAnonymous] = useState(initial.anonymous);
  const [hidden, setHidden] = useState(initial.hiddenUntilRevealed);
  const [optionText, setOptionText] = useState(initial.options.map((o) => o.label).join('\n'));
  const [budget, setBudget] = useState<number | undefined>(initial.dotBudget);

  const labels = optionLabels(optionText);
  const shownBudget = budget ?? defaultDotBudget(labels.length);

  function changeMethod(next: VotingMethod) {
    setMethod(next);
    setRule(defaultRule(next));
  }

  async function start(event: React.FormEvent) {
    event.preventDefault();
    const settings: RoundSettingsInput = {
      method,
      rule,
      anonymous,
      hiddenUntilRevealed: hidden || anonymous,
      options: method === 'dots' ? withIds(labels, initial.options) : [],
      ...(method === 'dots' ? { dotBudget: shownBudget } : {}),
    };
    const started = await submit(() =>
      openRound(db, proposal.id, settings, eventId, commandContext()),
    );
    if (started) {
      announce(`Round ${started.number} is open for votes.`);
      onClose();
    }
  }

  const problem = errors.proposal ?? errors.round ?? errors.eventId;
  return (
    <Dialog title={`Start round ${number}`} onClose={onClose}>
      <form ref={formRef} onSubmit={start} noValidate>
        {problem && (
          <div className="notice notice--error" role="alert">
            {problem}
          </div>
        )}
        <ChoiceGroup<VotingMethod>
          legend="How will people vote?"
          value={method}
          options={VOTING_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
          onChange={changeMethod}
          error={errors.method}
        />
        <RuleFields rule={rule} onChange={setRule} error={errors.rule} />
        <p className="rule-preview">
          <strong>Decision rule: </strong>
          {describeRule(rule)}
        </p>
        {method === 'dots' && (
          <>
            <TextAreaField
              label="Options to vote on"
              hint="One per line."
              value={optionText}
              onChange={setOptionText}
              error={errors.options}
              rows={5}
            />
            <NumberField
              label="Dots for each person"
              hint={`The usual number is a third of the options, here ${defaultDotBudget(labels.length)}.`}
              value={shownBudget}
              min={1}
              max={MAX_DOT_BUDGET}
              onChange={setBudget}
              error={errors.dotBudget}
            />
          </>
        )}
        <Checkbox
          label="Anonymous: keep no link between a person and their vote"
          checked={anonymous}
          onChange={setAnonymous}
        />
        <Checkbox
          label={
            anonymous
              ? 'Hide the results until I reveal them (always, when anonymous)'
              : 'Hide the results until I reveal them'
          }
          checked={hidden || anonymous}
          onChange={setHidden}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel={`Open round ${number}`}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/** One option per non-empty line, each once. */
function optionLabels(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()))].filter((label) => label !== '');
}

/** An option kept from the last round keeps its id, so that its dots can be compared. */
function withIds(labels: readonly string[], previous: readonly DotOption[]): DotOption[] {
  const known = new Map(previous.map((o) => [o.label, o.id]));
  return labels.map((label) => ({ id: known.get(label) ?? newId(), label }));
}
