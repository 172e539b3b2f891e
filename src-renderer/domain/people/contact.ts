/**
 * Email and phone rules shared by the person form, walk-ins at check-in and the spreadsheet
 * import. Lenient on formatting (spaces, brackets, dashes, a lost leading zero) because people
 * type numbers every which way; strict on anything that cannot be a number at all.
 */

const MAX_EMAIL = 254;
// One @, no spaces, a domain made of labels with a final label of at least two letters.
const EMAIL = /^[^\s@"(),:;<>[\]\\]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

export const EMAIL_HINT = 'Enter an email address in the correct format, like name@example.org.';

/** A message when the text is not an email address; empty is allowed (it is optional). */
export function checkEmail(value: string): string | undefined {
  const email = value.trim();
  if (email === '') return undefined;
  if (email.length > MAX_EMAIL) return `An email address must be ${MAX_EMAIL} characters or fewer.`;
  if (!EMAIL.test(email) || email.includes('..')) return EMAIL_HINT;
  return undefined;
}

/** The form used to spot the same address typed twice: "  Sam@Example.ORG " → "sam@example.org". */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

export type PhoneReading = { ok: true; key: string } | { ok: false; message: string };

const PHONE_HINT =
  'Enter a phone number like 07700 900123, or an international number starting with +, like +33 1 23 45 67 89.';

/**
 * Reads a UK or international phone number into one comparable form: "+" then digits, with UK
 * numbers always as "+44…" ("07700 900123", "+44 (0)7700 900123" and "0044 7700 900123" all
 * become "+447700900123"). Returns undefined for an empty value.
 */
export function readPhone(value: string): PhoneReading | undefined {
  const typed = value.trim();
  if (typed === '') return undefined;
  if (/[^\d\s+\-()./]/.test(typed)) {
    return {
      ok: false,
      message:
        'A phone number can only contain numbers, spaces, brackets, dashes and a + at the start.',
    };
  }
  if (typed.lastIndexOf('+') > 0) return { ok: false, message: 'A + can only come at the start.' };
  // "+44 (0)20 …" is a common way to show the UK trunk zero that callers from abroad leave out.
  const digits = typed.replace(/\(0\)/g, '').replace(/\D/g, '');
  const international = typed.startsWith('+') || digits.startsWith('00');
  if (international) {
    const number = typed.startsWith('+') ? digits : digits.slice(2);
    if (number.startsWith('44')) return ukNumber(number.slice(2).replace(/^0/, ''));
    if (number.length < 7 || number.length > 15) {
      return {
        ok: false,
        message: `An international number has between 7 and 15 digits after the + (this has ${number.length}).`,
      };
    }
    return { ok: true, key: `+${number}` };
  }
  if (digits.startsWith('0')) {
    if (digits.length < 10 || digits.length > 11) {
      return {
        ok: false,
        message: `A UK number starting with 0 has 10 or 11 digits (this has ${digits.length}).`,
      };
    }
    return ukNumber(digits.slice(1));
  }
  // Spreadsheets store numbers as numbers and drop the leading zero (or the +): put it back.
  if (digits.length === 12 && digits.startsWith('44')) return ukNumber(digits.slice(2));
  if (digits.length === 10 && /^[12378]/.test(digits)) return ukNumber(digits);
  return { ok: false, message: PHONE_HINT };
}

function ukNumber(national: string): PhoneReading {
  if (national.length < 9 || national.length > 10 || national.startsWith('0')) {
    return { ok: false, message: PHONE_HINT };
  }
  return { ok: true, key: `+44${national}` };
}

/** A message when the text cannot be a phone number; empty is allowed. */
export function checkPhone(value: string): string | undefined {
  const reading = readPhone(value);
  return reading && !reading.ok ? reading.message : undefined;
}

/** The comparable form, or "" when empty or unreadable (so it never matches anything). */
export function normalisePhone(value: string): string {
  const reading = readPhone(value);
  return reading?.ok ? reading.key : '';
}
