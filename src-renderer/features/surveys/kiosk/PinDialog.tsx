import { type FormEvent, useRef, useState } from 'react';
import { useApp } from '../../../app/app-context';
import { describeStorageError } from '../../../data/storage-errors';
import { checkKioskPin } from '../../../data/surveys/kiosk-pin';
import { waitInWords } from '../../../domain/surveys/kiosk-pin';
import { Dialog } from '../../../ui/Dialog';
import { FormFooter } from '../../../ui/FormFooter';
import { PinField } from '../PinField';

interface Props {
  title: string;
  onUnlocked: () => void;
  onClose: () => void;
}

/** The facilitator's PIN: right, and the kiosk opens; wrong, refused; too many wrong, a wait. */
export function PinDialog({ title, onUnlocked, onClose }: Props) {
  const { db } = useApp();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await checkKioskPin(db, pin, new Date());
      setPin('');
      if (result.ok) {
        onUnlocked();
        return;
      }
      if (result.reason === 'no-pin')
        setError('No facilitator PIN is set. Set one under Surveys, Kiosk PIN.');
      else if (result.reason === 'wait')
        setError(`Too many wrong tries. Try again in ${waitInWords(result.waitSeconds)}.`);
      else if (result.waitSeconds > 0)
        setError(
          `That PIN is not right. Too many wrong tries: try again in ${waitInWords(result.waitSeconds)}.`,
        );
      else setError('That PIN is not right.');
      formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    } catch (failure) {
      setError(describeStorageError(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <p>
          This is for the facilitator. If you are filling in the form, choose Cancel to go back to
          it.
        </p>
        <PinField label="Facilitator PIN" value={pin} onChange={setPin} error={error} autoFocus />
        <FormFooter error={null} saving={saving} submitLabel="Unlock" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
