import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import { DEFAULT_ACTOR, getFacilitatorName, setFacilitatorName } from '../../data/settings';
import { describeStorageError } from '../../data/storage-errors';
import { checkText, LIMITS } from '../../domain/text';
import { useAnnounce } from '../../ui/Announcer';
import { type DisplayMode, applyDisplayMode, storedDisplayMode } from '../../ui/display-mode';
import { TextField } from '../../ui/Field';

export function SettingsScreen() {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <FacilitatorName />
      <DisplaySettings />
      <StorageInfo />
      <section className="settings-block" aria-labelledby="kiosk-pin-title">
        <h2 id="kiosk-pin-title">Kiosk PIN</h2>
        <p>The PIN that unlocks the kiosk after handing the laptop to a participant.</p>
        <a href={routeHref('surveys', 'kiosk-pin')}>Set or change the kiosk PIN</a>
      </section>
    </section>
  );
}

function FacilitatorName() {
  const { db } = useApp();
  const announce = useAnnounce();
  const stored = useLiveQuery(() => getFacilitatorName(db), [db]);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const value = name ?? (stored === DEFAULT_ACTOR ? '' : (stored ?? ''));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const message = checkText(value, { label: 'your name', required: true, max: LIMITS.name });
    setError(message);
    if (message) return;
    try {
      await setFacilitatorName(db, value);
      announce(
        'Your name is saved. It is recorded with what you do, for example consent you record.',
      );
    } catch (e) {
      setError(describeStorageError(e));
    }
  }

  return (
    <form className="settings-block" onSubmit={save} noValidate aria-labelledby="facilitator-title">
      <h2 id="facilitator-title">Who is using this laptop</h2>
      <TextField
        label="Your name"
        hint="Recorded with the records that matter, such as consent you record and claims you approve."
        value={value}
        onChange={setName}
        error={error}
        autoComplete="name"
      />
      <button type="submit" className="button">
        Save name
      </button>
    </form>
  );
}

function DisplaySettings() {
  const [mode, setMode] = useState<DisplayMode>(storedDisplayMode);
  useEffect(() => applyDisplayMode(mode), [mode]);
  return (
    <fieldset className="group settings-block">
      <legend>Display</legend>
      {(
        [
          ['standard', 'Standard text'],
          ['large', 'Large print and high contrast'],
        ] as const
      ).map(([option, label]) => (
        <div className="checkbox" key={option}>
          <input
            type="radio"
            id={`display-${option}`}
            name="display-mode"
            checked={mode === option}
            onChange={() => setMode(option)}
          />
          <label htmlFor={`display-${option}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function StorageInfo() {
  const { platform, storage, db } = useApp();
  const [version, setVersion] = useState('');
  useEffect(() => {
    void platform.appVersion().then(setVersion);
  }, [platform]);
  return (
    <section className="settings-block" aria-labelledby="storage-title">
      <h2 id="storage-title">Your data</h2>
      <p>
        Everything is stored on this computer only, in Two Feet’s own database. Nothing is ever sent
        over the internet. <a href={routeHref('reports', 'backups')}>Save a backup</a> regularly.
      </p>
      <dl className="facts">
        <dt>Protected from automatic clean-up</dt>
        <dd data-testid="storage-persisted">
          {storage.persisted === 'desktop'
            ? 'Yes: the desktop app keeps its data in its own folder'
            : storage.persisted === 'unsupported'
              ? 'Not available here'
              : storage.persisted
                ? 'Yes: the data will not be cleared to free space'
                : 'No: if the disk gets very full, the system could clear this data. Keep backups.'}
        </dd>
        <dt>Database version</dt>
        <dd>{db.verno}</dd>
        <dt>Two Feet version</dt>
        <dd>
          {version} ({platform.kind === 'electron' ? 'desktop app' : 'in a web browser'})
        </dd>
      </dl>
    </section>
  );
}
