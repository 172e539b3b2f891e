import type { CommandContext } from '../../../../src-renderer/domain/record';
import { createdMeta } from '../../../../src-renderer/domain/record';
import type {
  ConsentDecision,
  ConsentRecord,
} from '../../../../src-renderer/domain/people/consent';
import type { ConsentFormVersion } from '../../../../src-renderer/domain/people/consent-form';
import type { ConsentPurpose } from '../../../../src-renderer/domain/people/consent-purposes';
import { DEFAULT_WORDING } from '../../../../src-renderer/domain/people/consent-purposes';
import type { Person, PersonInput } from '../../../../src-renderer/domain/people/person';
import {
  emptyPersonInput,
  personRecord,
  validatePerson,
} from '../../../../src-renderer/domain/people/person';

export const ctx: CommandContext = { now: '2026-11-22T10:00:00.000Z', actor: 'Dana Facilitator' };

export function at(now: string, actor = 'Dana Facilitator'): CommandContext {
  return { now, actor };
}

export function personInput(overrides: Partial<PersonInput> = {}): PersonInput {
  return { ...emptyPersonInput(), ...overrides };
}

/** A stored person, built the way the data layer will build one. */
export function makePerson(id: string, overrides: Partial<PersonInput> = {}): Person {
  const checked = validatePerson(personInput(overrides));
  if (!checked.ok) throw new Error(`Bad fixture ${id}: ${JSON.stringify(checked.errors)}`);
  return personRecord(checked.value, createdMeta(id, ctx));
}

export function form(
  formVersion: number,
  wording: Partial<Record<ConsentPurpose, string>> = {},
): ConsentFormVersion {
  const purposes: ConsentPurpose[] = [
    'keepDetails',
    'contactAboutEvents',
    'shareContactWithMembers',
    'photosAndRecordings',
    'anonymousQuotes',
    'health',
    'ethnicity',
    'religion',
    'sexualOrientation',
  ];
  return {
    ...createdMeta(`form-v${formVersion}`, ctx),
    formId: 'form-main',
    formVersion,
    title: 'Taskforce consent',
    statements: purposes.map((purpose) => ({
      purpose,
      wording: wording[purpose] ?? DEFAULT_WORDING[purpose],
    })),
    createdBy: 'Dana Facilitator',
  };
}

let counter = 0;

/** A consent record; `id` defaults to a fresh one. */
export function consent(
  purpose: ConsentPurpose,
  decision: ConsentDecision,
  when: string,
  options: { id?: string; personId?: string; formVersion?: number; wording?: string } = {},
): ConsentRecord {
  counter += 1;
  const id = options.id ?? `consent-${String(counter).padStart(4, '0')}`;
  return {
    ...createdMeta(id, at(when)),
    personId: options.personId ?? 'person-sam',
    purpose,
    decision,
    formId: 'form-main',
    formVersion: options.formVersion ?? 1,
    wording: options.wording ?? DEFAULT_WORDING[purpose],
    method: 'on-screen',
    recordedBy: 'Dana Facilitator',
    at: when,
  };
}
