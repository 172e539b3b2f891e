import { describe, expect, it } from 'vitest';
import {
  allowsContactAboutEvents,
  allowsPhotos,
  allowsSharing,
  canStoreSpecialCategory,
  consentHistory,
  currentConsent,
  currentConsents,
  isOnOlderVersion,
  purposesToReconfirm,
} from '../../../../src-renderer/domain/people/consent';
import { CONSENT_PURPOSES } from '../../../../src-renderer/domain/people/consent-purposes';
import { consent, form } from './fixtures';

describe('current consent, derived from appended records', () => {
  it('is "never asked" when there is no record for the purpose', () => {
    const records = [consent('photosAndRecordings', 'granted', '2026-01-10T10:00:00Z')];
    const state = currentConsent(records, 'shareContactWithMembers');
    expect(state.status).toBe('never-asked');
    expect(state.record).toBeUndefined();
  });

  it('is granted after a grant, with the record that decided it', () => {
    const grant = consent('shareContactWithMembers', 'granted', '2026-01-10T10:00:00Z');
    const state = currentConsent([grant], 'shareContactWithMembers');
    expect(state.status).toBe('granted');
    expect(state.record?.id).toBe(grant.id);
    expect(state.record?.formVersion).toBe(1);
  });

  it('is withdrawn after a later withdrawal, and granted again after a re-grant', () => {
    const grant = consent('photosAndRecordings', 'granted', '2026-01-10T10:00:00Z');
    const withdrawal = consent('photosAndRecordings', 'withdrawn', '2026-02-01T09:00:00Z');
    expect(currentConsent([grant, withdrawal], 'photosAndRecordings').status).toBe('withdrawn');
    const regrant = consent('photosAndRecordings', 'granted', '2026-03-05T14:30:00Z');
    const state = currentConsent([grant, withdrawal, regrant], 'photosAndRecordings');
    expect(state.status).toBe('granted');
    expect(state.record?.id).toBe(regrant.id);
  });

  it('keeps "refused" distinct from "never asked"', () => {
    const refusal = consent('anonymousQuotes', 'refused', '2026-01-10T10:00:00Z');
    expect(currentConsent([refusal], 'anonymousQuotes').status).toBe('refused');
    expect(currentConsent([refusal], 'contactAboutEvents').status).toBe('never-asked');
  });

  it('goes by when the person decided, not by the order records arrive in', () => {
    const grant = consent('contactAboutEvents', 'granted', '2026-01-10T10:00:00Z');
    const withdrawal = consent('contactAboutEvents', 'withdrawn', '2026-02-01T09:00:00Z');
    expect(currentConsent([withdrawal, grant], 'contactAboutEvents').status).toBe('withdrawn');
    expect(currentConsent([grant, withdrawal], 'contactAboutEvents').status).toBe('withdrawn');
  });

  it('compares moments, not strings, when devices write times differently', () => {
    // 10:30 in UK summer time is 09:30 UTC: earlier than the 10:00Z withdrawal.
    const grant = consent('photosAndRecordings', 'granted', '2026-06-01T10:30:00+01:00');
    const withdrawal = consent('photosAndRecordings', 'withdrawn', '2026-06-01T10:00:00.000Z');
    expect(currentConsent([grant, withdrawal], 'photosAndRecordings').status).toBe('withdrawn');
  });

  it('breaks a tie at the same moment towards the more protective decision, whatever the ids', () => {
    const when = '2026-01-10T10:00:00.000Z';
    const grantZ = consent('shareContactWithMembers', 'granted', when, { id: 'zzz' });
    const withdrawA = consent('shareContactWithMembers', 'withdrawn', when, { id: 'aaa' });
    expect(currentConsent([grantZ, withdrawA], 'shareContactWithMembers').status).toBe('withdrawn');
    expect(currentConsent([withdrawA, grantZ], 'shareContactWithMembers').status).toBe('withdrawn');
    const refuseA = consent('shareContactWithMembers', 'refused', when, { id: 'aaa' });
    expect(currentConsent([grantZ, refuseA], 'shareContactWithMembers').status).toBe('refused');
  });

  it('breaks a tie between equal decisions by id, the same on every device', () => {
    const when = '2026-01-10T10:00:00.000Z';
    const a = consent('keepDetails', 'granted', when, { id: 'rec-a', formVersion: 1 });
    const b = consent('keepDetails', 'granted', when, { id: 'rec-b', formVersion: 2 });
    expect(currentConsent([a, b], 'keepDetails').record?.id).toBe('rec-b');
    expect(currentConsent([b, a], 'keepDetails').record?.id).toBe('rec-b');
  });

  it('gives a state for every purpose in the standard order', () => {
    const states = currentConsents([consent('health', 'granted', '2026-01-10T10:00:00Z')]);
    expect(states.map((s) => s.purpose)).toEqual([...CONSENT_PURPOSES]);
    expect(states.find((s) => s.purpose === 'health')?.status).toBe('granted');
    expect(states.filter((s) => s.status === 'never-asked')).toHaveLength(
      CONSENT_PURPOSES.length - 1,
    );
  });

  it('lists the history newest first, for one purpose or all', () => {
    const r1 = consent('photosAndRecordings', 'granted', '2026-01-10T10:00:00Z');
    const r2 = consent('keepDetails', 'granted', '2026-01-11T10:00:00Z');
    const r3 = consent('photosAndRecordings', 'withdrawn', '2026-01-12T10:00:00Z');
    expect(consentHistory([r1, r2, r3]).map((r) => r.id)).toEqual([r3.id, r2.id, r1.id]);
    expect(consentHistory([r1, r2, r3], 'photosAndRecordings').map((r) => r.id)).toEqual([
      r3.id,
      r1.id,
    ]);
  });
});

describe('features that check consent', () => {
  it('allows sharing only with current consent to share', () => {
    const grant = consent('shareContactWithMembers', 'granted', '2026-01-10T10:00:00Z');
    expect(allowsSharing([grant])).toBe(true);
    expect(allowsSharing([])).toBe(false);
    const withdrawn = consent('shareContactWithMembers', 'withdrawn', '2026-02-10T10:00:00Z');
    expect(allowsSharing([grant, withdrawn])).toBe(false);
  });

  it('does not share someone who withdrew consent for their details to be kept at all', () => {
    const share = consent('shareContactWithMembers', 'granted', '2026-01-10T10:00:00Z');
    const keep = consent('keepDetails', 'granted', '2026-01-10T10:00:00Z');
    const stopKeeping = consent('keepDetails', 'withdrawn', '2026-03-01T10:00:00Z');
    expect(allowsSharing([share, keep])).toBe(true);
    expect(allowsSharing([share, keep, stopKeeping])).toBe(false);
  });

  it('shows photo consent only when granted now; never asked means no photos', () => {
    expect(allowsPhotos([])).toBe(false);
    expect(allowsPhotos([consent('photosAndRecordings', 'refused', '2026-01-10T10:00:00Z')])).toBe(
      false,
    );
    expect(allowsPhotos([consent('photosAndRecordings', 'granted', '2026-01-10T10:00:00Z')])).toBe(
      true,
    );
  });

  it('checks contact about events on its own purpose', () => {
    const records = [consent('photosAndRecordings', 'granted', '2026-01-10T10:00:00Z')];
    expect(allowsContactAboutEvents(records)).toBe(false);
    records.push(consent('contactAboutEvents', 'granted', '2026-01-10T10:00:00Z'));
    expect(allowsContactAboutEvents(records)).toBe(true);
  });

  it('allows each kind of special category data only with its own explicit consent', () => {
    const records = [consent('ethnicity', 'granted', '2026-01-10T10:00:00Z')];
    expect(canStoreSpecialCategory(records, 'ethnicity')).toBe(true);
    expect(canStoreSpecialCategory(records, 'health')).toBe(false);
    expect(canStoreSpecialCategory(records, 'religion')).toBe(false);
    expect(canStoreSpecialCategory(records, 'sexualOrientation')).toBe(false);
  });
});

describe('wording versions', () => {
  const v1 = form(1);
  const v2 = form(2, {
    photosAndRecordings: 'I agree to photos and video at events, for reports only.',
  });

  it('still counts a decision made on an older version, and says it is older', () => {
    const grant = consent('photosAndRecordings', 'granted', '2026-01-10T10:00:00Z', {
      formVersion: 1,
    });
    const state = currentConsent([grant], 'photosAndRecordings');
    expect(state.status).toBe('granted');
    expect(isOnOlderVersion(state, [v1, v2])).toBe(true);
    expect(isOnOlderVersion(state, [v1])).toBe(false);
  });

  it('is not older when the decision was made on the latest version', () => {
    const grant = consent('photosAndRecordings', 'granted', '2026-04-10T10:00:00Z', {
      formVersion: 2,
      wording: v2.statements.find((s) => s.purpose === 'photosAndRecordings')?.wording ?? '',
    });
    expect(isOnOlderVersion(currentConsent([grant], 'photosAndRecordings'), [v1, v2])).toBe(false);
    expect(isOnOlderVersion(currentConsent([], 'photosAndRecordings'), [v1, v2])).toBe(false);
  });

  it('asks again only where the wording for that purpose changed', () => {
    const records = [
      consent('photosAndRecordings', 'granted', '2026-01-10T10:00:00Z', { formVersion: 1 }),
      consent('keepDetails', 'granted', '2026-01-10T10:00:00Z', { formVersion: 1 }),
      consent('anonymousQuotes', 'refused', '2026-01-10T10:00:00Z', { formVersion: 1 }),
    ];
    expect(purposesToReconfirm(records, [v1, v2])).toEqual(['photosAndRecordings']);
    expect(purposesToReconfirm(records, [v1])).toEqual([]);
  });
});
