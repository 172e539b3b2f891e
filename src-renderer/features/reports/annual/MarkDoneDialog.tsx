import { useRef, useState } from 'react';
import { useApp } from '../../../app/app-context';
import { markActionDone } from '../../../data/reports/action-commands';
import { localDate } from '../../../domain/dates';
import type { ReportedAction } from '../../../domain/reports/annual-report';
import type { ActionUpdate, ActionUpdateField } from '../../../domain/reports/action-update';
import { useAnnounce } from '../../../ui/Announcer';
import { Dialog } from '../../../ui/Dialog';
import { TextAreaField, TextField } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { useFormSubmit } from '../../../ui/use-form-submit';

/** Marks one action done, with what changed: the "we did" of the annual report. */
export function MarkDoneDialog({
  action,
  onClose,
}: {
  action: ReportedAction;
  onClose: () => void;
}) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [doneOn, setDoneOn] = useState(action.done?.doneOn ?? localDate(new Date()));
  const [whatChanged, setWhatChanged] = useState(action.done?.whatChanged ?? '');
  const { errors, formError, saving, submit } = useFormSubmit<ActionUpdate, ActionUpdateField>(
    formRef,
  );
  const save = async () => {
    const saved = await submit(() =>
      markActionDone(
        db,
        {
          eventId: action.eventId,
          topicId: action.topicId,
          action: action.what,
          doneOn,
          whatChanged,
        },
        commandContext(),
      ),
    );
    if (saved) {
      announce(`Marked “${action.what}” as done.`);
      onClose();
    }
  };
  return (
    <Dialog title="Mark this action done" onClose={onClose}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p>
          <strong>{action.what}</strong> ({action.who})
        </p>
        {errors.action && (
          <div className="notice notice--error" role="alert">
            {errors.action}
          </div>
        )}
        <TextField
          label="Done on"
          type="date"
          value={doneOn}
          onChange={setDoneOn}
          error={errors.doneOn}
          required
        />
        <TextAreaField
          label="What changed"
          hint="What people will see is different because of it. Shown in the “you said, we did” table."
          value={whatChanged}
          onChange={setWhatChanged}
          error={errors.whatChanged}
        />
        <FormFooter error={formError} saving={saving} submitLabel="Mark done" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
