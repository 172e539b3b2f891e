import { useState } from 'react';
import type { Person } from '../../domain/people/person';
import { accessNeedsSummary } from '../../domain/people/person';
import { PersonFormDialog } from './PersonFormDialog';
import { usePersonTitleFocus } from './person-title-focus';
import './people.css';

const NOT_GIVEN = <span className="muted">Not given</span>;

/** The person's own details on their page, with the button that edits them. */
export function PersonDetailsSection({ person }: { person: Person }) {
  // The record as it was when the form opened, so a change made elsewhere is caught as a conflict.
  const [editing, setEditing] = useState<Person | null>(null);
  usePersonTitleFocus(person.id);
  const access = accessNeedsSummary(person.access);
  const carer = person.carerOrCompanion;
  const contact = person.emergencyContact;
  return (
    <section className="person-section" aria-labelledby="person-details-title">
      <div className="page-header">
        <h2 id="person-details-title">Details</h2>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setEditing(person)}
        >
          Edit details
        </button>
      </div>
      <dl className="facts">
        <dt>Full name</dt>
        <dd>{person.name}</dd>
        <dt>Preferred name</dt>
        <dd>{person.preferredName || NOT_GIVEN}</dd>
        <dt>Pronouns</dt>
        <dd>{person.pronouns || NOT_GIVEN}</dd>
        <dt>Email</dt>
        <dd>{person.email || NOT_GIVEN}</dd>
        <dt>Phone</dt>
        <dd>{person.phone || NOT_GIVEN}</dd>
        <dt>Address</dt>
        <dd className="pre-line">{person.address || NOT_GIVEN}</dd>
        <dt>Access needs</dt>
        <dd>
          {access.length > 0 ? (
            <ul className="plain-list">
              {access.map((need) => (
                <li key={need}>{need}</li>
              ))}
            </ul>
          ) : (
            <span className="muted">None recorded</span>
          )}
        </dd>
        <dt>Carer or companion</dt>
        <dd>
          {carer.comes ? (
            <>A carer or companion comes with them{carer.notes && `: ${carer.notes}`}</>
          ) : (
            <span className="muted">None recorded</span>
          )}
        </dd>
        <dt>Emergency contact</dt>
        <dd>
          {contact.name ? (
            <>
              {contact.name}
              {contact.relationship && ` (${contact.relationship})`}, {contact.phone}
            </>
          ) : (
            <span className="muted">None recorded</span>
          )}
        </dd>
      </dl>
      {editing && <PersonFormDialog existing={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
