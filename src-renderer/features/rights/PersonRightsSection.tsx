import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { recordSubjectAccess, subjectAccessBundle } from '../../data/rights-commands';
import { describeDueDate } from '../../domain/people/subject-access';
import type { Person } from '../../domain/people/person';
import { FILE_TYPES } from '../../exports/file-types';
import { subjectAccessPdf } from '../../exports/subject-access-pdf';
import { useAnnounce } from '../../ui/Announcer';
import { TextField } from '../../ui/Field';
import { EraseDialog } from './EraseDialog';
import '../consent/consent.css';

/** A person's rights: a copy of everything held about them, and erasure. */
export function PersonRightsSection({ person }: { person: Person }) {
  const { db, platform, commandContext } = useApp();
  const announce = useAnnounce();
  const [receivedOn, setReceivedOn] = useState('');
  const [erasing, setErasing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function download(kind: 'pdf' | 'json') {
    setBusy(true);
    try {
      const ctx = commandContext();
      const now = ctx.now;
      const bundle = await subjectAccessBundle(db, person.id, now);
      if (!bundle) {
        announce('This person is no longer on the register.', 'error');
        return;
      }
      const data =
        kind === 'pdf'
          ? await subjectAccessPdf(bundle, `Made on ${now.slice(0, 10)} by Two Feet`)
          : `${JSON.stringify(bundle.json, null, 2)}\n`;
      const outcome = await platform.saveFile({
        suggestedName: `${bundle.fileName}.${kind}`,
        type: FILE_TYPES[kind],
        data,
      });
      if (outcome.saved) {
        // The copy is out: the audit log keeps a record that it was given.
        await recordSubjectAccess(
          db,
          person.id,
          { format: kind, ...(receivedOn ? { receivedOn } : {}) },
          ctx,
        );
        announce(`Saved ${outcome.fileName}.`);
      } else if (outcome.error) announce(outcome.error, 'error');
    } catch {
      announce('The copy could not be made. Try again.', 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="rights-title" className="person-section">
      <h2 id="rights-title">Their rights</h2>
      <h3>A copy of everything we hold</h3>
      <p>
        People can ask for a copy of everything held about them. Give them the PDF to read and the
        JSON file if they want the data itself. Other people’s details are left out.
      </p>
      <TextField
        label="Request received on (optional)"
        type="date"
        value={receivedOn}
        onChange={setReceivedOn}
        hint="You must reply within one calendar month."
      />
      {receivedOn && <p role="status">{describeDueDate(receivedOn)}</p>}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => download('pdf')}>
          Download everything we hold (PDF)
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => download('json')}
        >
          Download everything we hold (JSON)
        </button>
      </div>
      <h3>Erasure</h3>
      <p>
        Erasing removes this person’s details, memberships, consent records and equality answers.
        Records that must be kept, such as attendance counts and paid expenses, are kept without
        anything that identifies them.
      </p>
      <button type="button" className="button button--danger" onClick={() => setErasing(true)}>
        Erase this person
      </button>
      {erasing && <EraseDialog person={person} onClose={() => setErasing(false)} />}
    </section>
  );
}
