/**
 * Consent is asked purpose by purpose, never bundled. The special categories of UK GDPR
 * (Article 9) need explicit consent that names the kind of data, so each has its own purpose.
 */

export const ORDINARY_PURPOSES = [
  'keepDetails',
  'contactAboutEvents',
  'shareContactWithMembers',
  'photosAndRecordings',
  'anonymousQuotes',
] as const;

export const SPECIAL_CATEGORY_KINDS = [
  'health',
  'sexualOrientation',
  'ethnicity',
  'religion',
] as const;

export type OrdinaryPurpose = (typeof ORDINARY_PURPOSES)[number];
export type SpecialCategoryKind = (typeof SPECIAL_CATEGORY_KINDS)[number];
/** A special category's explicit consent uses the kind itself as its purpose. */
export type ConsentPurpose = OrdinaryPurpose | SpecialCategoryKind;

export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  ...ORDINARY_PURPOSES,
  ...SPECIAL_CATEGORY_KINDS,
];

export function isConsentPurpose(value: string): value is ConsentPurpose {
  return (CONSENT_PURPOSES as readonly string[]).includes(value);
}

export function isSpecialCategory(purpose: ConsentPurpose): purpose is SpecialCategoryKind {
  return (SPECIAL_CATEGORY_KINDS as readonly string[]).includes(purpose);
}

export const SPECIAL_CATEGORY_NAMES: Record<SpecialCategoryKind, string> = {
  health: 'health',
  sexualOrientation: 'sexual orientation',
  ethnicity: 'ethnicity',
  religion: 'religion or belief',
};

export const PURPOSE_LABELS: Record<ConsentPurpose, string> = {
  keepDetails: 'Keep my details for the taskforce',
  contactAboutEvents: 'Contact me about future events',
  shareContactWithMembers: 'Share my contact details with other members',
  photosAndRecordings: 'Photos and recordings',
  anonymousQuotes: 'Anonymous quotes in reports',
  health: 'Explicit consent for health data',
  sexualOrientation: 'Explicit consent for sexual orientation data',
  ethnicity: 'Explicit consent for ethnicity data',
  religion: 'Explicit consent for religion or belief data',
};

/** Starting wording for a new form; taskforces edit it, and every edit is a new version. */
export const DEFAULT_WORDING: Record<ConsentPurpose, string> = {
  keepDetails:
    'I agree that the taskforce can keep my name and contact details so that I can take part. I can ask for them to be removed at any time.',
  contactAboutEvents:
    'I agree to be contacted by email, phone or post about future taskforce events.',
  shareContactWithMembers:
    'I agree that my name, email address and phone number can be shared with other taskforce members so that we can keep in touch.',
  photosAndRecordings:
    'I agree to be photographed or recorded at taskforce events, and for these to be used in taskforce reports and publicity.',
  anonymousQuotes:
    'I agree that things I say can be quoted in taskforce reports without my name or anything that identifies me.',
  health:
    'I give my explicit consent for the taskforce to keep information about my health, including access needs, so that events can be made accessible for me.',
  sexualOrientation:
    'I give my explicit consent for the taskforce to keep information about my sexual orientation, to check that the taskforce reaches the communities it aims to.',
  ethnicity:
    'I give my explicit consent for the taskforce to keep information about my ethnicity (ethnic group), to check that the taskforce reaches the communities it aims to.',
  religion:
    'I give my explicit consent for the taskforce to keep information about my religion or belief, to check that the taskforce reaches the communities it aims to.',
};

/**
 * Explicit consent must say what kind of data it covers, so a statement for a special category
 * has to mention it. These patterns are deliberately loose: "ethnic group" and "ethnicity" both
 * count.
 */
export const SPECIAL_CATEGORY_MENTION: Record<SpecialCategoryKind, RegExp> = {
  health: /health/i,
  sexualOrientation: /sexual orientation|sexuality/i,
  ethnicity: /ethnic/i,
  religion: /religio|belief/i,
};

/** What the facilitator is told after recording a withdrawal, so it has a real effect. */
export const WITHDRAWAL_EFFECTS: Record<ConsentPurpose, string> = {
  keepDetails:
    'Their details should now be erased unless there is another reason to keep them. Use "Erase this person" to do so.',
  contactAboutEvents: 'They will no longer appear in lists for inviting people to events.',
  shareContactWithMembers: 'They have been removed from the keep-in-touch contact list.',
  photosAndRecordings: 'Their badge will now show the no-photos marker.',
  anonymousQuotes: 'Do not use their quotes in future reports.',
  health: 'Their access needs and carer details must be removed from their record.',
  sexualOrientation: 'Their sexual orientation answer must be removed from equality monitoring.',
  ethnicity: 'Their ethnicity answer must be removed from equality monitoring.',
  religion: 'Their religion or belief answer must be removed from equality monitoring.',
};
