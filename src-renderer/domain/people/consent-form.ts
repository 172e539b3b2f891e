import type { CommandContext, RecordMeta } from '../record';
import { createdMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import type { ConsentPurpose } from './consent-purposes';
import { compareIds, compareInstants } from './instants';
import {
  CONSENT_PURPOSES,
  DEFAULT_WORDING,
  PURPOSE_LABELS,
  SPECIAL_CATEGORY_MENTION,
  SPECIAL_CATEGORY_NAMES,
  isConsentPurpose,
  isSpecialCategory,
} from './consent-purposes';

/**
 * A consent form is a series of versions. A version is never edited: changing the wording
 * makes the next version, so every consent record can point at exactly what the person was
 * shown, and old versions stay readable for as long as records refer to them.
 */
export interface ConsentStatement {
  purpose: ConsentPurpose;
  wording: string;
}

export interface ConsentFormVersion extends RecordMeta {
  /** Shared by every version of the same form. */
  formId: string;
  /** 1, 2, 3… — the number people see ("version 2"). */
  formVersion: number;
  title: string;
  statements: ConsentStatement[];
  createdBy: string;
}

export interface ConsentFormInput {
  title: string;
  statements: ConsentStatement[];
}

/** Field names: "title", "statements", or "statement.<purpose>" for one statement's wording. */
export type ConsentFormField = 'title' | 'statements' | `statement.${ConsentPurpose}`;

const WORDING_MAX = 2000;

export function validateConsentForm(
  input: ConsentFormInput,
): Validated<ConsentFormInput, ConsentFormField> {
  const errors: FieldErrors<ConsentFormField> = {
    title: checkText(input.title, {
      label: 'a title for the form',
      required: true,
      max: LIMITS.name,
    }),
    statements: checkStatementList(input.statements),
  };
  for (const statement of input.statements) {
    if (!isConsentPurpose(statement.purpose)) continue;
    errors[`statement.${statement.purpose}`] = checkWording(statement);
  }
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      title: input.title.trim(),
      statements: sortStatements(input.statements).map((s) => ({
        purpose: s.purpose,
        wording: s.wording.trim(),
      })),
    },
  };
}

function checkStatementList(statements: readonly ConsentStatement[]): string | undefined {
  if (statements.length === 0) return 'Add at least one statement for people to agree to.';
  const seen = new Set<string>();
  for (const { purpose } of statements) {
    if (!isConsentPurpose(purpose))
      return 'One of the statements has a purpose this form cannot use.';
    if (seen.has(purpose)) {
      return `Each purpose can appear only once, but "${PURPOSE_LABELS[purpose]}" appears twice.`;
    }
    seen.add(purpose);
  }
  return undefined;
}

function checkWording({ purpose, wording }: ConsentStatement): string | undefined {
  const label = `the wording for "${PURPOSE_LABELS[purpose]}"`;
  const message = checkText(wording, { label, required: true, max: WORDING_MAX });
  if (message) return message;
  if (isSpecialCategory(purpose) && !SPECIAL_CATEGORY_MENTION[purpose].test(wording)) {
    const kind = SPECIAL_CATEGORY_NAMES[purpose];
    return `Explicit consent must say what kind of data it covers: mention ${kind} in the wording.`;
  }
  return undefined;
}

/** Statements always in the same order, so that forms read alike and compare easily. */
function sortStatements(statements: readonly ConsentStatement[]): ConsentStatement[] {
  const rank = (p: ConsentPurpose) => CONSENT_PURPOSES.indexOf(p);
  return [...statements].sort((a, b) => rank(a.purpose) - rank(b.purpose));
}

export function createConsentForm(
  input: ConsentFormInput,
  ids: { id: string; formId: string },
  ctx: CommandContext,
): Validated<ConsentFormVersion, ConsentFormField> {
  const checked = validateConsentForm(input);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: {
      ...createdMeta(ids.id, ctx),
      formId: ids.formId,
      formVersion: 1,
      ...checked.value,
      createdBy: ctx.actor,
    },
  };
}

/**
 * The next version of a form. `previous` is left as it is (it stays readable); the new version
 * gets its own id. Two laptops revising the same form while apart can both make "version 3";
 * latestFormVersion picks one the same way everywhere, and no record is harmed because each
 * consent record carries the exact wording it was given on.
 */
export function reviseForm(
  previous: ConsentFormVersion,
  newStatements: readonly ConsentStatement[],
  ctx: CommandContext,
  id: string,
  title: string = previous.title,
): Validated<ConsentFormVersion, ConsentFormField> {
  const checked = validateConsentForm({ title, statements: [...newStatements] });
  if (!checked.ok) return checked;
  if (sameContent(checked.value, previous)) {
    return {
      ok: false,
      errors: { statements: 'Nothing has changed, so there is no new version to save.' },
    };
  }
  return {
    ok: true,
    value: {
      ...createdMeta(id, ctx),
      formId: previous.formId,
      formVersion: previous.formVersion + 1,
      ...checked.value,
      createdBy: ctx.actor,
    },
  };
}

function sameContent(a: ConsentFormInput, b: ConsentFormInput): boolean {
  if (a.title !== b.title || a.statements.length !== b.statements.length) return false;
  return a.statements.every(
    (s, i) => s.purpose === b.statements[i]?.purpose && s.wording === b.statements[i]?.wording,
  );
}

/** Highest version number wins; a tie (made on two laptops) goes to the later one, then the id. */
export function latestFormVersion(
  forms: readonly ConsentFormVersion[],
  formId: string,
): ConsentFormVersion | undefined {
  let latest: ConsentFormVersion | undefined;
  for (const form of forms) {
    if (form.formId !== formId) continue;
    if (!latest || compareVersions(form, latest) > 0) latest = form;
  }
  return latest;
}

function compareVersions(a: ConsentFormVersion, b: ConsentFormVersion): number {
  if (a.formVersion !== b.formVersion) return a.formVersion - b.formVersion;
  return compareInstants(a.createdAt, b.createdAt) || compareIds(a.id, b.id);
}

/** Every version of one form, oldest first, for the "earlier versions" list. */
export function formHistory(
  forms: readonly ConsentFormVersion[],
  formId: string,
): ConsentFormVersion[] {
  return forms.filter((f) => f.formId === formId).sort(compareVersions);
}

export function statementFor(
  form: Pick<ConsentFormVersion, 'statements'>,
  purpose: ConsentPurpose,
): string | undefined {
  return form.statements.find((s) => s.purpose === purpose)?.wording;
}

/** A new form pre-filled with the default wording for the chosen purposes. */
export function defaultFormInput(
  title: string,
  purposes: readonly ConsentPurpose[],
): ConsentFormInput {
  return {
    title,
    statements: purposes.map((purpose) => ({ purpose, wording: DEFAULT_WORDING[purpose] })),
  };
}
