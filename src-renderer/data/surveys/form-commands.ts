import type { CommandContext } from '../../domain/record';
import { createdMeta, nextMeta } from '../../domain/record';
import type { FormDefinition } from '../../domain/surveys/form';
import type { FormVersion } from '../../domain/surveys/versioning';
import { createForm, formVersionKey, reviseForm } from '../../domain/surveys/versioning';
import { searchWords } from '../../domain/text';
import { appendAudit } from '../audit';
import { type CommandResult, NOT_FOUND } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';
import type { SurveyFormRecord, SurveyFormVersionRecord } from './records';

export type IdSource = () => string;

const NEWER_VERSION =
  'Someone saved a newer version of this form in another window. Close the builder and open the form again to edit the latest version.';

function versionRecord(version: FormVersion): SurveyFormVersionRecord {
  return { ...version, id: formVersionKey(version.formId, version.version) };
}

function formRecord(
  version: FormVersion,
  ctx: CommandContext,
  previous?: SurveyFormRecord,
): SurveyFormRecord {
  return {
    ...(previous ? nextMeta(previous, ctx) : createdMeta(version.formId, ctx)),
    title: version.title,
    purpose: version.purpose,
    latestVersion: version.version,
    words: searchWords(version.title),
  };
}

/** A new form (blank or from a template) stored as version 1. */
export async function createSurveyForm(
  db: TwoFeetDb,
  definition: FormDefinition,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<FormVersion>> {
  const created = createForm(ids(), definition, ctx);
  if (!created.ok) return created;
  const version = created.value;
  return db.transaction('rw', db.surveyForms, db.surveyFormVersions, db.auditLog, async () => {
    await db.surveyForms.add(formRecord(version, ctx));
    await db.surveyFormVersions.add(versionRecord(version));
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'survey-form-created',
      summary: `Created the form "${version.title}" (version 1).`,
      subject: { table: 'surveyForms', id: version.formId },
    });
    return { ok: true, value: version };
  });
}

export interface SavedForm {
  version: FormVersion;
  /** True when a new version was made because people had answered the one edited. */
  newVersion: boolean;
}

/**
 * Saves edits made to `basedOn` (the latest version when the builder opened). A version nobody
 * has answered yet is changed in place; once it has responses it is never touched again, and
 * the edits become the next version, so every response keeps the questions it was shown.
 */
export async function saveSurveyForm(
  db: TwoFeetDb,
  formId: string,
  basedOn: number,
  definition: FormDefinition,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<SavedForm>> {
  const tables = [db.surveyForms, db.surveyFormVersions, db.surveyResponses, db.auditLog];
  return db.transaction('rw', tables, async () => {
    const form = await db.surveyForms.get(formId);
    const current = await db.surveyFormVersions.get(formVersionKey(formId, basedOn));
    if (!form || !current) return { ok: false, conflict: NOT_FOUND };
    if (form.latestVersion !== basedOn) return { ok: false, conflict: NEWER_VERSION };
    const revised = reviseForm(current, definition, ctx);
    if (!revised.ok) return revised;
    const answered =
      (await db.surveyResponses
        .where('[formId+formVersion]')
        .equals([formId, basedOn])
        .limit(1)
        .count()) > 0;
    const version: FormVersion = answered
      ? revised.value
      : { ...revised.value, version: current.version };
    if (answered) await db.surveyFormVersions.add(versionRecord(version));
    else await db.surveyFormVersions.put(versionRecord(version));
    await db.surveyForms.put(formRecord(version, ctx, form));
    await appendAudit(db, ctx, {
      id: ids(),
      action: answered ? 'survey-form-revised' : 'survey-form-edited',
      summary: answered
        ? `Saved the form "${version.title}" as version ${version.version}.`
        : `Changed version ${version.version} of the form "${version.title}" before anyone answered it.`,
      subject: { table: 'surveyForms', id: formId },
    });
    return { ok: true, value: { version, newVersion: answered } };
  });
}

/** A form nobody has answered can be deleted; one with responses is kept for the reports. */
export async function deleteSurveyForm(
  db: TwoFeetDb,
  formId: string,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<null>> {
  const tables = [
    db.surveyForms,
    db.surveyFormVersions,
    db.surveyResponses,
    db.tombstones,
    db.auditLog,
  ];
  return db.transaction('rw', tables, async () => {
    const form = await db.surveyForms.get(formId);
    if (!form) return { ok: false, conflict: NOT_FOUND };
    if ((await db.surveyResponses.where('formId').equals(formId).limit(1).count()) > 0) {
      return {
        ok: false,
        conflict: 'People have answered this form, so it is kept for the reports.',
      };
    }
    const versionIds = await db.surveyFormVersions.where('formId').equals(formId).primaryKeys();
    await db.surveyFormVersions.bulkDelete(versionIds);
    await db.surveyForms.delete(formId);
    const gone = { deletedAt: ctx.now, deletedBy: ctx.actor };
    await db.tombstones.bulkPut([
      { id: formId, table: 'surveyForms', ...gone },
      ...versionIds.map((id) => ({ id, table: 'surveyFormVersions', ...gone })),
    ]);
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'survey-form-deleted',
      summary: `Deleted the unanswered form "${form.title}".`,
      subject: { table: 'surveyForms', id: formId },
    });
    return { ok: true, value: null };
  });
}
