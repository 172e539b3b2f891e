import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { addPolicyVersion } from '../../data/expenses/policy-commands';
import type { StoredPolicy } from '../../data/expenses/records';
import { CATEGORY_LABELS, EXPENSE_CATEGORIES } from '../../domain/expenses/categories';
import type { ExpensePolicyInput, MileageRates, PolicyField } from '../../domain/expenses/policy';
import { INVOLVEMENT_DURATIONS, INVOLVEMENT_DURATION_LABELS } from '../../domain/expenses/policy';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import type { PolicyForm } from './policy-form';
import { MILEAGE_KEYS, parsePolicyForm, policyFormFrom } from './policy-form';

const MILEAGE_LABELS: Record<keyof MileageRates, string> = {
  carOrVan: 'Car or van, pence a mile',
  carOrVanAfterThreshold: 'Car or van after the yearly threshold, pence a mile',
  thresholdMiles: 'Yearly threshold, miles',
  motorcycle: 'Motorcycle, pence a mile',
  bicycle: 'Bicycle, pence a mile',
  passenger: 'Each passenger, pence a mile',
};

/** A new version of the policy from a date; the versions before it stay as they were. */
export function PolicyDialog({ from, onClose }: { from: ExpensePolicyInput; onClose: () => void }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<PolicyForm>(() => policyFormFrom(from));
  const { errors, formError, saving, submit } = useFormSubmit<StoredPolicy, PolicyField>(formRef);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await submit(async () => {
      const parsed = parsePolicyForm(form);
      return parsed.ok ? addPolicyVersion(db, parsed.input, commandContext()) : parsed;
    });
    if (saved) {
      announce(`Policy version from ${saved.effectiveFrom} saved.`);
      onClose();
    }
  }

  return (
    <Dialog title="New policy version" onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <TextField
          label="In force from"
          type="date"
          hint="Lines dated on or after this day use these rates"
          value={form.effectiveFrom}
          error={errors.effectiveFrom}
          onChange={(effectiveFrom) => setForm({ ...form, effectiveFrom })}
        />
        <fieldset className="group">
          <legend>Mileage</legend>
          {MILEAGE_KEYS.map((key) => (
            <TextField
              key={key}
              label={MILEAGE_LABELS[key]}
              value={form.mileage[key]}
              error={errors[`mileage.${key}`]}
              onChange={(v) => setForm({ ...form, mileage: { ...form.mileage, [key]: v } })}
            />
          ))}
        </fieldset>
        <fieldset className="group">
          <legend>Limits and receipts, in pounds</legend>
          <p className="field__hint">
            Leave a limit empty for none. A receipt is needed above the amount given: 0 means every
            line, empty means never.
          </p>
          {EXPENSE_CATEGORIES.map((c) => (
            <div key={c} className="policy-pair">
              <TextField
                label={`${CATEGORY_LABELS[c]}: limit a line`}
                value={form.caps[c]}
                error={errors[`caps.${c}`]}
                onChange={(v) => setForm({ ...form, caps: { ...form.caps, [c]: v } })}
              />
              <TextField
                label={`${CATEGORY_LABELS[c]}: receipt needed above`}
                value={form.receipts[c]}
                error={errors[`receipts.${c}`]}
                onChange={(v) => setForm({ ...form, receipts: { ...form.receipts, [c]: v } })}
              />
            </div>
          ))}
          <TextField
            label="Most one line may hold (£)"
            value={form.maxLine}
            error={errors.maxLinePence}
            onChange={(maxLine) => setForm({ ...form, maxLine })}
          />
        </fieldset>
        <TextField
          label="Claim deadline, months after the event"
          value={form.claimDeadlineMonths}
          error={errors.claimDeadlineMonths}
          onChange={(claimDeadlineMonths) => setForm({ ...form, claimDeadlineMonths })}
        />
        <fieldset className="group">
          <legend>Involvement payments, in pounds</legend>
          {INVOLVEMENT_DURATIONS.map((d) => (
            <TextField
              key={d}
              label={INVOLVEMENT_DURATION_LABELS[d]}
              value={form.involvement[d]}
              error={errors[`involvement.${d}`]}
              onChange={(v) => setForm({ ...form, involvement: { ...form.involvement, [d]: v } })}
            />
          ))}
        </fieldset>
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Save version"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
