import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import { displayName } from '../../domain/people/person';
import { formVersionKey } from '../../domain/surveys/versioning';
import { KioskForm } from './kiosk/KioskForm';
import { NextPersonPanel } from './kiosk/NextPersonPanel';
import { PinDialog } from './kiosk/PinDialog';
import { lockKiosk, moveKiosk, unlockKiosk } from './kiosk/kiosk-lock';
import { type KioskTarget, kioskTargetFrom } from './kiosk/kiosk-route';
import './kiosk/kiosk.css';

type Phase = 'answering' | 'thanks' | 'facilitator';

/**
 * A form handed to a participant on the laptop: "#/kiosk/<formId>/<eventId>[/<person>/<wave>]".
 * Fills the window, large text, nothing else reachable; leaving needs the facilitator's PIN.
 */
export function KioskScreen({ rest }: { rest: string[] }) {
  const target = kioskTargetFrom(rest);
  if (!target) {
    return (
      <main className="kiosk">
        <h1>No form chosen</h1>
        <p>Open a form under Surveys and choose “Hand to participant”.</p>
        <a href={routeHref('surveys')}>Go to Surveys</a>
      </main>
    );
  }
  return <LockedKiosk target={target} />;
}

function LockedKiosk({ target }: { target: KioskTarget }) {
  const { db, platform } = useApp();
  const { formId, eventId, participantId, waveId } = target;
  const [phase, setPhase] = useState<Phase>('answering');
  const [easyRead, setEasyRead] = useState(false);
  const [pinFor, setPinFor] = useState<'leave' | 'next' | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    lockKiosk({ formId, eventId, participantId, waveId });
    void platform.setKioskMode(true);
  }, [formId, eventId, participantId, waveId, platform]);

  useEffect(() => {
    document.querySelector<HTMLElement>('[data-kiosk-focus]')?.focus();
  }, [phase, round]);

  const data = useLiveQuery(async () => {
    const form = await db.surveyForms.get(formId);
    const version = form
      ? await db.surveyFormVersions.get(formVersionKey(formId, form.latestVersion))
      : undefined;
    const event = await db.events.get(eventId);
    const person = participantId ? await db.people.get(participantId) : undefined;
    return { version, event, person };
  }, [db, formId, eventId, participantId]);

  async function leave() {
    unlockKiosk();
    await platform.setKioskMode(false);
    window.location.hash = routeHref('surveys', 'form', formId);
  }

  if (!data)
    return (
      <main className="kiosk" aria-busy="true">
        <p>Loading the form…</p>
      </main>
    );
  const { version, event, person } = data;
  const survey = version?.purpose === 'survey';
  const needsPerson = survey && (!person || !waveId);
  const title = version?.title ?? 'Form';

  let body;
  if (!version || !event) {
    body = (
      <p className="notice notice--error">
        This form or event is no longer on this laptop. Please hand the laptop back to the
        facilitator.
      </p>
    );
  } else if (phase === 'facilitator') {
    body = (
      <NextPersonPanel
        eventId={event.id}
        taskforceId={event.taskforceId}
        onLeave={() => void leave()}
        onHandOver={(who) => {
          moveKiosk({ formId, eventId, ...who });
          setPhase('answering');
          setRound((n) => n + 1);
        }}
      />
    );
  } else if (phase === 'thanks' || needsPerson) {
    body = (
      <section className="kiosk-panel" aria-labelledby="kiosk-thanks">
        <h1 id="kiosk-thanks" tabIndex={-1} data-kiosk-focus>
          {phase === 'thanks' ? 'Thank you!' : 'Please hand the laptop back'}
        </h1>
        {phase === 'thanks' && <p>Your answers have been saved.</p>}
        {survey ? (
          <>
            <p>Please hand the laptop back to the facilitator.</p>
            <button type="button" className="button" onClick={() => setPinFor('next')}>
              Facilitator: next person
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setPhase('answering');
              setRound((n) => n + 1);
            }}
          >
            Start again for the next person
          </button>
        )}
      </section>
    );
  } else {
    body = (
      <>
        <h1 tabIndex={-1} data-kiosk-focus>
          {title}
        </h1>
        {survey && person && (
          <p className="kiosk-for">
            Filling in for: {displayName(person)}. If this is not you, please hand the laptop back.
          </p>
        )}
        <KioskForm
          key={`${round}-${participantId ?? ''}`}
          form={version}
          eventId={event.id}
          participantId={survey ? (participantId ?? null) : null}
          waveId={survey ? (waveId ?? '') : ''}
          easyRead={easyRead}
          onSubmitted={() => setPhase('thanks')}
        />
      </>
    );
  }

  return (
    <main id="main" className={easyRead ? 'kiosk kiosk--easy-read' : 'kiosk'}>
      <div className="kiosk-bar" role="toolbar" aria-label="Kiosk">
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={easyRead}
          onClick={() => setEasyRead((on) => !on)}
        >
          Easy read
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPinFor('leave')}
        >
          Facilitator: leave
        </button>
      </div>
      {body}
      {pinFor && (
        <PinDialog
          title={pinFor === 'leave' ? 'Leave the kiosk' : 'Facilitator: next person'}
          onClose={() => setPinFor(null)}
          onUnlocked={() => {
            const purpose = pinFor;
            setPinFor(null);
            if (purpose === 'leave') void leave();
            else setPhase('facilitator');
          }}
        />
      )}
    </main>
  );
}
