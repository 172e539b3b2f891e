import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { describeStorageError } from '../../data/storage-errors';
import { hasKioskPin, setKioskPin } from '../../data/surveys/kiosk-pin';
import { useAnnounce } from '../../ui/Announcer';
import { FormFooter } from '../../ui/FormFooter';
import { PinField } from './PinField';
import { SurveysNav } from './SurveysNav';
import { useFocusFirstInvalid } from './builder/use-focus-first-invalid';

type Field = 'pin' | 'confirm' | 'current';

/** #/surveys/kiosk-pin: set or change the facilitator PIN that unlocks the kiosk. */
export function KioskPinScreen() {
  const { db } = useApp();
  const announce = useAnnounce();
  const pinSet = useLiveQuery(() => hasKioskPin(db), [db]);
  const [values, setValues] = useState<Record<Field, string>>({
    pin: '',
    confirm: '',
    current: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(ref, errors);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await setKioskPin(
        db,
        pinSet ? values : { pin: values.pin, confirm: values.confirm },
      );
      if (result.ok) {
        setErrors({});
        setValues({ pin: '', confirm: '', current: '' });
        announce('Kiosk PIN saved.');
      } else if ('errors' in result) setErrors(result.errors);
    } catch (error) {
      setFormError(describeStorageError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="kiosk-pin-title">
      <div className="page-header">
        <h1 id="kiosk-pin-title">Kiosk PIN</h1>
      </div>
      <SurveysNav current="kiosk-pin" />
      <p>
        The facilitator PIN is needed to leave the kiosk after handing the laptop to a participant.
        Only a scrambled (salted hash) form of it is kept on this laptop. After three wrong tries,
        the kiosk makes people wait before trying again.
      </p>
      {pinSet === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <form
          ref={ref}
          onSubmit={(e) => void submit(e)}
          noValidate
          className="settings-block"
          aria-label={pinSet ? 'Change the PIN' : 'Set a PIN'}
        >
          {pinSet && (
            <PinField
              label="Current PIN"
              value={values.current}
              onChange={set('current')}
              error={errors.current}
            />
          )}
          <PinField
            label={pinSet ? 'New PIN (4 to 8 digits)' : 'PIN (4 to 8 digits)'}
            value={values.pin}
            onChange={set('pin')}
            error={errors.pin}
          />
          <PinField
            label="Type the PIN again"
            value={values.confirm}
            onChange={set('confirm')}
            error={errors.confirm}
          />
          <FormFooter
            error={formError}
            saving={saving}
            submitLabel={pinSet ? 'Change PIN' : 'Set PIN'}
            onCancel={() => setValues({ pin: '', confirm: '', current: '' })}
          />
        </form>
      )}
    </section>
  );
}
