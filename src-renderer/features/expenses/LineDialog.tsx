import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { saveLine } from '../../data/expenses/line-commands';
import type { StoredClaim } from '../../data/expenses/records';
import type { CareKind, ExpenseCategory, Vehicle } from '../../domain/expenses/categories';
import {
  CARE_KINDS,
  CARE_KIND_LABELS,
  CATEGORY_LABELS,
  EXPENSE_CATEGORIES,
  VEHICLES,
  VEHICLE_LABELS,
} from '../../domain/expenses/categories';
import type { LineField } from '../../domain/expenses/lines';
import { DEFAULT_MAX_LINE_PENCE } from '../../domain/expenses/money';
import type { ExpensePolicyInput } from '../../domain/expenses/policy';
import { policyInForce } from '../../domain/expenses/policy';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import type { LineForm } from './line-form';
import { parseLineForm } from './line-form';

/** Adds or edits one cost: the fields change with the kind of cost. */
export function LineDialog({
  claim,
  initial,
  isNew,
  policies,
  onClose,
}: {
  claim: StoredClaim;
  initial: LineForm;
  isNew: boolean;
  policies: readonly ExpensePolicyInput[];
  onClose: () => void;
}) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState(initial);
  const { errors, formError, saving, submit } = useFormSubmit<StoredClaim, LineField>(formRef);
  const set = (patch: Partial<LineForm>) => setForm((f) => ({ ...f, ...patch }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const max = policyInForce(policies, form.date)?.maxLinePence ?? DEFAULT_MAX_LINE_PENCE;
    const saved = await submit(async () => {
      const parsed = parseLineForm(form, max);
      if (!parsed.ok) return parsed;
      return saveLine(db, claim.id, parsed.line, commandContext());
    });
    if (saved) {
      announce(isNew ? 'Cost added to the claim.' : 'Cost saved.');
      onClose();
    }
  }

  const text = (label: string, key: keyof LineForm, error: string | undefined, hint?: string) => (
    <TextField
      label={label}
      hint={hint}
      value={String(form[key])}
      error={error}
      onChange={(value) => set({ [key]: value })}
    />
  );

  return (
    <Dialog title={isNew ? 'Add a cost' : 'Edit cost'} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <SelectField<ExpenseCategory>
          label="Kind of cost"
          value={form.category}
          options={EXPENSE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          onChange={(category) => set({ category })}
        />
        <TextField
          label="Date"
          type="date"
          hint="The day of the journey or cost: it sets the rates used"
          value={form.date}
          error={errors.date}
          onChange={(date) => set({ date })}
        />
        {form.category === 'mileage' && (
          <>
            <SelectField<Vehicle>
              label="Vehicle"
              value={form.vehicle}
              error={errors.vehicle}
              options={VEHICLES.map((v) => ({ value: v, label: VEHICLE_LABELS[v] }))}
              onChange={(vehicle) => set({ vehicle })}
            />
            {text('From', 'from', errors.from)}
            {text('To', 'to', errors.to)}
            {text('Miles', 'miles', errors.miles, 'As the trip meter shows, e.g. 12.5')}
            {text(
              'Passengers',
              'passengers',
              errors.passengers,
              'People carried who are also on the business; leave empty for none',
            )}
          </>
        )}
        {form.category === 'care-and-support' && (
          <>
            <SelectField<CareKind>
              label="Kind of care or support"
              value={form.kind}
              error={errors.kind}
              options={CARE_KINDS.map((k) => ({ value: k, label: CARE_KIND_LABELS[k] }))}
              onChange={(kind) => set({ kind })}
            />
            {text('Hours', 'hours', errors.hours, 'e.g. 2.5 for two and a half hours')}
            {text(
              'Rate per hour (£)',
              'rate',
              errors.hourlyRatePence,
              'Pounds and pence, e.g. 14.20',
            )}
            {errors.amountPence && <p className="notice notice--error">{errors.amountPence}</p>}
          </>
        )}
        {form.category !== 'mileage' &&
          form.category !== 'care-and-support' &&
          text('Amount (£)', 'amount', errors.amountPence, 'Pounds and pence, e.g. 12.50')}
        {text(
          'Description',
          'description',
          errors.description,
          form.category === 'other'
            ? 'What it was for (required)'
            : 'Optional: e.g. the route, or who agreed a taxi',
        )}
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel={isNew ? 'Add cost' : 'Save cost'}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
