import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { saveConcerns } from '../../data/voting/round-commands';
import type { ConcernsField } from '../../domain/voting/outcome';
import type { Round, RoundConcern } from '../../domain/voting/round';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import type { Voter } from './use-voting-data';

interface Props {
  round: Round;
  voters: readonly Voter[];
  onClose: () => void;
}

/**
 * The concerns people raised after the round, to work on before the next one. Named rounds
 * may say who raised each; anonymous rounds never do (it would show how they voted).
 */
export function ConcernsDialog({ round, voters, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<Round, ConcernsField>(formRef);
  const [items, setItems] = useState<RoundConcern[]>(
    round.concerns.length > 0 ? round.concerns : [{ concern: '' }],
  );

  const update = (index: number, change: Partial<RoundConcern>) =>
    setItems((current) => current.map((item, i) => (i === index ? { ...item, ...change } : item)));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const kept = items
      .filter((item) => item.concern.trim() !== '')
      .map((item) => (item.raisedBy ? item : { concern: item.concern }));
    // Blank rows go, so a message about concern 2 is beside the second box on screen.
    setItems(kept.length > 0 ? kept : [{ concern: '' }]);
    const saved = await submit(() =>
      saveConcerns(db, round.id, kept, round.version, commandContext()),
    );
    if (saved) {
      announce(
        `${kept.length === 1 ? '1 concern' : `${kept.length} concerns`} recorded for round ${round.number}.`,
      );
      onClose();
    }
  }

  const people = [
    { value: '', label: 'Not recorded' },
    ...voters.map((v) => ({ value: v.id, label: v.name })),
  ];
  return (
    <Dialog title={`Concerns raised after round ${round.number}`} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        {round.anonymous && (
          <p className="notice notice--warning">
            This round was anonymous, so concerns are recorded without saying who raised them.
          </p>
        )}
        {errors.concerns && (
          <div className="notice notice--error" role="alert">
            {errors.concerns}
          </div>
        )}
        <ol className="concern-rows">
          {items.map((item, index) => (
            <li key={index}>
              <TextAreaField
                label={`Concern ${index + 1}`}
                value={item.concern}
                onChange={(concern) => update(index, { concern })}
                error={errors[`concerns.${index}`]}
                rows={2}
              />
              {!round.anonymous && (
                <SelectField
                  label={`Raised by (concern ${index + 1})`}
                  value={item.raisedBy ?? ''}
                  options={people}
                  onChange={(raisedBy) =>
                    update(index, raisedBy === '' ? { raisedBy: undefined } : { raisedBy })
                  }
                />
              )}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
              >
                Remove concern {index + 1}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setItems((current) => [...current, { concern: '' }])}
        >
          Add a concern
        </button>
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Save concerns"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
