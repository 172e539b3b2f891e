import type { ConsentRecord } from '../domain/people/consent';
import type {
  ConsentFormField,
  ConsentFormInput,
  ConsentFormVersion,
} from '../domain/people/consent-form';
import { createConsentForm, latestFormVersion, reviseForm } from '../domain/people/consent-form';
import { PURPOSE_LABELS } from '../domain/people/consent-purposes';
import type {
  ConsentRecordingField,
  ConsentRecordingInput,
  WithdrawalInput,
} from '../domain/people/consent-recording';
import {
  consentRecord,
  validateConsentRecording,
  validateWithdrawal,
} from '../domain/people/consent-recording';
import { withoutUnconsentedAnswers } from '../domain/people/equality';
import { withoutUnconsentedDetails } from '../domain/people/person-consent';
import type { PersonInput } from '../domain/people/person';
import { type CommandContext, nextMeta } from '../domain/record';
import { appendAudit } from './audit';
import { type CommandResult, NOT_FOUND } from './command-result';
import type { TwoFeetDb } from './db';
import { newId } from './ids';

/** Ids come from here so that tests can choose them; every command takes one. */
export type IdSource = () => string;

const NEWER_VERSION =
  'Someone saved a newer version of this form in another window. Close the form and open it again to edit the latest wording.';
const PERSON_GONE = 'This person is no longer on the register. They may have been erased.';
const FORM_GONE = 'This version of the consent form no longer exists. Open the form again.';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The first version of a new consent form. */
export async function createForm(
  db: TwoFeetDb,
  input: ConsentFormInput,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<ConsentFormVersion, ConsentFormField>> {
  const created = createConsentForm(input, { id: ids(), formId: ids() }, ctx);
  if (!created.ok) return created;
  const form = created.value;
  return db.transaction('rw', db.consentForms, db.auditLog, async () => {
    await db.consentForms.add(form);
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'consent-form-created',
      summary: 'Created consent form version 1.',
      subject: { table: 'consentForms', id: form.id },
    });
    return { ok: true, value: form };
  });
}

/**
 * Saves new wording as the next version. The previous version is never touched, and a version
 * that is no longer the latest cannot be revised (someone else got there first).
 */
export async function reviseConsentForm(
  db: TwoFeetDb,
  previousId: string,
  input: ConsentFormInput,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<ConsentFormVersion, ConsentFormField>> {
  return db.transaction('rw', db.consentForms, db.auditLog, async () => {
    const previous = await db.consentForms.get(previousId);
    if (!previous) return { ok: false, conflict: NOT_FOUND };
    const versions = await db.consentForms.where('formId').equals(previous.formId).toArray();
    if (latestFormVersion(versions, previous.formId)?.id !== previous.id) {
      return { ok: false, conflict: NEWER_VERSION };
    }
    const revised = reviseForm(previous, input.statements, ctx, ids(), input.title);
    if (!revised.ok) return revised;
    await db.consentForms.add(revised.value);
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'consent-form-revised',
      summary: `Saved consent form version ${revised.value.formVersion}.`,
      subject: { table: 'consentForms', id: revised.value.id },
    });
    return { ok: true, value: revised.value };
  });
}

/**
 * Appends one record per answered statement, with an audit entry, in one transaction. Nothing
 * already stored is changed: consent records are never edited.
 */
export async function recordConsent(
  db: TwoFeetDb,
  input: ConsentRecordingInput,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<ConsentRecord[], ConsentRecordingField>> {
  const checked = validateConsentRecording(input, ctx);
  if (!checked.ok) return checked;
  const records = checked.value.map((draft) => consentRecord(draft, ids(), ctx));
  return db.transaction(
    'rw',
    [db.people, db.consentForms, db.consentRecords, db.auditLog],
    async () => {
      if (!(await db.people.get(input.personId))) return { ok: false, conflict: PERSON_GONE };
      if (!(await db.consentForms.get(input.form.id))) return { ok: false, conflict: FORM_GONE };
      await db.consentRecords.bulkAdd(records);
      await appendAudit(db, ctx, {
        id: ids(),
        action: 'consent-recorded',
        summary: `Recorded consent (${plural(records.length, 'purpose', 'purposes')}).`,
        subject: { table: 'people', id: input.personId },
      });
      return { ok: true, value: records };
    },
  );
}

export interface WithdrawalOutcome {
  record: ConsentRecord;
  /** Plain-English names of details removed from the person's record, e.g. "access needs". */
  removedDetails: string[];
  /** How many equality monitoring answers were removed. */
  removedAnswers: number;
}

/**
 * Withdrawal is a new record. In the same transaction, whatever the person's consent no longer
 * covers is removed: details on their record, and special category equality answers.
 */
export async function withdrawConsent(
  db: TwoFeetDb,
  personId: string,
  input: WithdrawalInput,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<WithdrawalOutcome, 'purpose' | 'method' | 'at'>> {
  const tables = [db.people, db.consentRecords, db.equalityResponses, db.auditLog];
  return db.transaction('rw', tables, async () => {
    const person = await db.people.get(personId);
    if (!person) return { ok: false, conflict: PERSON_GONE };
    const existing = await db.consentRecords.where('personId').equals(personId).toArray();
    const checked = validateWithdrawal(existing, input, ctx);
    if (!checked.ok) return checked;
    const record = consentRecord(checked.value, ids(), ctx);
    await db.consentRecords.add(record);
    const all = [...existing, record];

    const { person: kept, removed } = withoutUnconsentedDetails(personInput(person), all);
    if (removed.length > 0) await db.people.put({ ...person, ...kept, ...nextMeta(person, ctx) });

    let removedAnswers = 0;
    for (const response of await db.equalityResponses
      .where('personId')
      .equals(personId)
      .toArray()) {
      const answers = withoutUnconsentedAnswers(response.answers, all);
      const dropped = Object.keys(response.answers).length - Object.keys(answers).length;
      if (dropped === 0) continue;
      removedAnswers += dropped;
      await db.equalityResponses.put({ ...response, answers, ...nextMeta(response, ctx) });
    }

    const extra =
      removed.length + removedAnswers > 0 ? ' Removed details it no longer covers.' : '';
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'consent-withdrawn',
      summary: `Recorded a withdrawal of consent: ${PURPOSE_LABELS[input.purpose]}.${extra}`,
      subject: { table: 'people', id: personId },
    });
    return { ok: true, value: { record, removedDetails: removed, removedAnswers } };
  });
}

function personInput(person: PersonInput): PersonInput {
  return {
    name: person.name,
    preferredName: person.preferredName,
    pronouns: person.pronouns,
    email: person.email,
    phone: person.phone,
    address: person.address,
    access: person.access,
    carerOrCompanion: person.carerOrCompanion,
    emergencyContact: person.emergencyContact,
  };
}
