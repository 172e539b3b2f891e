import type { RecordMeta } from '../record';
import type { ConsentFormVersion } from './consent-form';
import { latestFormVersion, statementFor } from './consent-form';
import type { ConsentPurpose, SpecialCategoryKind } from './consent-purposes';
import { CONSENT_PURPOSES } from './consent-purposes';
import { compareIds, compareInstants } from './instants';

/**
 * Consent records are appended, never edited: giving, refusing and withdrawing are each a new
 * record, and a person's current consent is worked out from all of them. Because nothing is
 * overwritten, records made on several devices can simply be put together.
 */
export const CONSENT_DECISIONS = ['granted', 'refused', 'withdrawn'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

export const CONSENT_METHODS = ['on-screen', 'paper', 'verbal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const DECISION_LABELS: Record<ConsentDecision, string> = {
  granted: 'Gave consent',
  refused: 'Did not consent',
  withdrawn: 'Withdrew consent',
};

export const METHOD_LABELS: Record<ConsentMethod, string> = {
  'on-screen': 'On screen',
  paper: 'On a paper form',
  verbal: 'Verbally',
};

/** Everything a record must show: who, what they were told, when, how, who recorded it, where. */
export interface ConsentRecordDraft {
  personId: string;
  purpose: ConsentPurpose;
  decision: ConsentDecision;
  formId: string;
  formVersion: number;
  /** The exact text the person was shown or read, copied so it survives any later edit. */
  wording: string;
  method: ConsentMethod;
  recordedBy: string;
  eventId?: string;
  /** When the person decided, which may be earlier than when it was typed in (paper forms). */
  at: string;
}

export interface ConsentRecord extends ConsentRecordDraft, RecordMeta {}

export type ConsentStatus = ConsentDecision | 'never-asked';

export interface ConsentState {
  purpose: ConsentPurpose;
  status: ConsentStatus;
  /** The record that decided the status; absent when never asked. */
  record?: ConsentRecord;
}

/**
 * Oldest first. Records are ordered by when the person decided. Two records at the very same
 * moment (possible when two devices are merged) are ordered so that the more protective one
 * counts as later — a withdrawal beats a refusal beats a grant — and then by id, so that every
 * device reaches the same answer whatever order the records arrived in.
 */
export function compareConsentRecords(a: ConsentRecord, b: ConsentRecord): number {
  return (
    compareInstants(a.at, b.at) ||
    PROTECTION[a.decision] - PROTECTION[b.decision] ||
    compareIds(a.id, b.id)
  );
}

const PROTECTION: Record<ConsentDecision, number> = { granted: 0, refused: 1, withdrawn: 2 };

/** The current state for one purpose, from one person's records. */
export function currentConsent(
  records: readonly ConsentRecord[],
  purpose: ConsentPurpose,
): ConsentState {
  let latest: ConsentRecord | undefined;
  for (const record of records) {
    if (record.purpose !== purpose) continue;
    if (!latest || compareConsentRecords(record, latest) > 0) latest = record;
  }
  return latest
    ? { purpose, status: latest.decision, record: latest }
    : { purpose, status: 'never-asked' };
}

/** The state of every purpose, in the standard order. */
export function currentConsents(records: readonly ConsentRecord[]): ConsentState[] {
  return CONSENT_PURPOSES.map((purpose) => currentConsent(records, purpose));
}

/** Newest first, optionally for one purpose only: what the person's consent page lists. */
export function consentHistory(
  records: readonly ConsentRecord[],
  purpose?: ConsentPurpose,
): ConsentRecord[] {
  return records
    .filter((r) => purpose === undefined || r.purpose === purpose)
    .sort((a, b) => compareConsentRecords(b, a));
}

export function isGranted(records: readonly ConsentRecord[], purpose: ConsentPurpose): boolean {
  return currentConsent(records, purpose).status === 'granted';
}

/**
 * May this person's contact details go on the keep-in-touch list? Only with current consent to
 * share them — and never once they have refused or withdrawn consent for their details to be
 * kept at all, whatever an older sharing consent says.
 */
export function allowsSharing(records: readonly ConsentRecord[]): boolean {
  const keep = currentConsent(records, 'keepDetails').status;
  return (
    isGranted(records, 'shareContactWithMembers') && keep !== 'refused' && keep !== 'withdrawn'
  );
}

/** Badges show the no-photos marker for everyone this returns false for, never-asked included. */
export function allowsPhotos(records: readonly ConsentRecord[]): boolean {
  return isGranted(records, 'photosAndRecordings');
}

export function allowsContactAboutEvents(records: readonly ConsentRecord[]): boolean {
  return isGranted(records, 'contactAboutEvents');
}

export function canStoreSpecialCategory(
  records: readonly ConsentRecord[],
  kind: SpecialCategoryKind,
): boolean {
  return isGranted(records, kind);
}

/**
 * True when the decision was made on an earlier version of its form than the latest. The
 * decision still counts (the record keeps the wording it was made on); this only lets the
 * screen offer to ask again.
 */
export function isOnOlderVersion(
  state: ConsentState,
  forms: readonly ConsentFormVersion[],
): boolean {
  if (!state.record) return false;
  const latest = latestFormVersion(forms, state.record.formId);
  return latest !== undefined && latest.formVersion > state.record.formVersion;
}

/**
 * Purposes worth asking again: consent was given on an older version whose wording for that
 * purpose differs from the latest version's. A new version that changed another statement, or
 * dropped this purpose, is no reason to ask again.
 */
export function purposesToReconfirm(
  records: readonly ConsentRecord[],
  forms: readonly ConsentFormVersion[],
): ConsentPurpose[] {
  return currentConsents(records)
    .filter((state) => state.status === 'granted' && isOnOlderVersion(state, forms))
    .filter((state) => {
      const record = state.record;
      const latest = record && latestFormVersion(forms, record.formId);
      const wording = latest && statementFor(latest, state.purpose);
      return wording !== undefined && wording !== record?.wording;
    })
    .map((state) => state.purpose);
}

/** One person's records each, for lists that check consent person by person. */
export function consentRecordsByPerson(
  records: readonly ConsentRecord[],
): Map<string, ConsentRecord[]> {
  const byPerson = new Map<string, ConsentRecord[]>();
  for (const record of records) {
    const list = byPerson.get(record.personId);
    if (list) list.push(record);
    else byPerson.set(record.personId, [record]);
  }
  return byPerson;
}
