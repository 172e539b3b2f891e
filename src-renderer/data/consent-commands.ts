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
import type { Person } from '../domain/people/person';
import { type CommandContext, nextMeta } from '../domain/record';
import { appendAudit } from './audit';
import { type CommandResult, NOT_FOUND } from './command-result';
import type { TwoFeetDb } from './db';
import { newId } from './ids';
import { personInputOf } from './people-commands';

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

export interface RecordingOutcome {
  records: ConsentRecord[];
  /** Plain-English names of details removed from the person's record, e.g. "access needs". */
  removedDetails: string[];
  /** How many equality monitoring answers were removed. */
  removedAnswers: number;
}

/**
 * Appends one record per answered statement, with an audit entry, in one transaction. Nothing
 * already stored is changed: consent records are never edited. The answers are checked against
 * the form version as stored, not the copy the screen passed in. A "no" to something that was
 * given removes, in the same transaction, whatever the person's consent no longer covers.
 */
export async function recordConsent(
  db: TwoFeetDb,
  input: ConsentRecordingInput,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<RecordingOutcome, ConsentRecordingField>> {
  const tables = [db.people, db.consentForms, db.consentRecords, db.equalityResponses, db.auditLog];
  return db.transaction('rw', tables, async () => {
    const person = await db.people.get(input.personId);
    if (!person) return { ok: false, conflict: PERSON_GONE };
    const form = await db.consentForms.get(input.form.id);
    if (!form) return { ok: false, conflict: FORM_GONE };
    const checked = validateConsentRecording({ ...input, form }, ctx);
    if (!checked.ok) return checked;
    const records = checked.value.map((draft) => consentRecord(draft, ids(), ctx));
    const existing = await db.consentRecords.where('personId').equals(person.id).toArray();
    await db.consentRecords.bulkAdd(records);
    const removed = await removeUnconsented(db, person, [...existing, ...records], ctx);
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'consent-recorded',
      summary: `Recorded consent (${plural(records.length, 'purpose', 'purposes')}).${removedNote(removed)}`,
      subject: { table: 'people', id: person.id },
    });
    return { ok: true, value: { records, ...removed } };
  });
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
    const removed = await removeUnconsented(db, person, [...existing, record], ctx);
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'consent-withdrawn',
      summary: `Recorded a withdrawal of consent: ${PURPOSE_LABELS[input.purpose]}.${removedNote(removed)}`,
      subject: { table: 'people', id: personId },
    });
    return { ok: true, value: { record, ...removed } };
  });
}

type Removed = Pick<WithdrawalOutcome, 'removedDetails' | 'removedAnswers'>;

const removedNote = ({ removedDetails, removedAnswers }: Removed) =>
  removedDetails.length + removedAnswers > 0 ? ' Removed details it no longer covers.' : '';

/**
 * Removes whatever the person's consent, as `records` (stored and new together) now stands, no
 * longer covers: special category details on their record and equality monitoring answers.
 * Call inside the command's transaction (people and equalityResponses included).
 */
async function removeUnconsented(
  db: TwoFeetDb,
  person: Person,
  records: readonly ConsentRecord[],
  ctx: CommandContext,
): Promise<Removed> {
  const { person: kept, removed } = withoutUnconsentedDetails(personInputOf(person), records);
  if (removed.length > 0) await db.people.put({ ...person, ...kept, ...nextMeta(person, ctx) });

  let removedAnswers = 0;
  for (const response of await db.equalityResponses.where('personId').equals(person.id).toArray()) {
    const answers = withoutUnconsentedAnswers(response.answers, records);
    const dropped = Object.keys(response.answers).length - Object.keys(answers).length;
    if (dropped === 0) continue;
    removedAnswers += dropped;
    await db.equalityResponses.put({ ...response, answers, ...nextMeta(response, ctx) });
  }
  return { removedDetails: removed, removedAnswers };
}
