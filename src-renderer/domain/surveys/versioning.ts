import type { CommandContext } from '../record';
import type { Validated } from '../result';
import type { FormDefinition } from './form';
import { validateFormDefinition } from './form-validation';
import type { InstrumentLookup } from './instruments/types';
import { findInstrument } from './instruments';

/**
 * One immutable version of a form. Versions are never edited once stored: a response names the
 * form and version it answered, so it can always be read with the exact questions it was shown.
 */
export interface FormVersion extends FormDefinition {
  formId: string;
  /** 1, 2, 3… */
  version: number;
  createdAt: string;
  createdBy: string;
}

/** Stable key for a version, e.g. for a Map or a compound index: "feedback-1@3". */
export function formVersionKey(formId: string, version: number): string {
  return `${formId}@${version}`;
}

/** Finds the version a response answered; the data layer supplies one backed by its table. */
export type FormLookup = (formId: string, version: number) => FormVersion | undefined;

export function lookupFrom(versions: readonly FormVersion[]): FormLookup {
  const byKey = new Map(versions.map((v) => [formVersionKey(v.formId, v.version), v]));
  return (formId, version) => byKey.get(formVersionKey(formId, version));
}

export function createForm(
  formId: string,
  definition: FormDefinition,
  ctx: CommandContext,
  lookup: InstrumentLookup = findInstrument,
): Validated<FormVersion, string> {
  const checked = validateFormDefinition(definition, lookup);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { ...checked.value, formId, version: 1, createdAt: ctx.now, createdBy: ctx.actor },
  };
}

/**
 * Makes version n + 1 with the changes applied; the caller stores it beside the old versions
 * and must pass the latest version as `current`. A revision that changes nothing is refused so
 * that reports are not split across identical versions.
 */
export function reviseForm(
  current: FormVersion,
  changes: Partial<FormDefinition>,
  ctx: CommandContext,
  lookup: InstrumentLookup = findInstrument,
): Validated<FormVersion, string> {
  const before = definitionOf(current);
  const checked = validateFormDefinition({ ...before, ...changes }, lookup);
  if (!checked.ok) return checked;
  if (stableJson(checked.value) === stableJson(before)) {
    return { ok: false, errors: { form: 'Nothing has changed, so no new version was made.' } };
  }
  return {
    ok: true,
    value: {
      ...checked.value,
      formId: current.formId,
      version: current.version + 1,
      createdAt: ctx.now,
      createdBy: ctx.actor,
    },
  };
}

/** The definition part of a version, in a fixed key order so that comparisons are fair. */
export function definitionOf(version: FormDefinition): FormDefinition {
  return {
    title: version.title,
    description: version.description,
    purpose: version.purpose,
    sections: version.sections,
  };
}

export function latestVersion(
  versions: readonly FormVersion[],
  formId: string,
): FormVersion | undefined {
  let latest: FormVersion | undefined;
  for (const candidate of versions) {
    if (candidate.formId === formId && (!latest || candidate.version > latest.version)) {
      latest = candidate;
    }
  }
  return latest;
}

/** JSON with object keys sorted, so that key order never makes two equal forms look different. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}
