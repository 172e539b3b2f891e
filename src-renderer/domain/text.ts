/** Shared rules for free text typed by users. */

export const LIMITS = {
  name: 120,
  shortText: 200,
  longText: 5000,
  listItem: 80,
  listItems: 30,
} as const;

/**
 * Control characters other than tab and line breaks have no place in typed text; nor have the
 * bidirectional embedding, override and isolate marks (U+202A–U+202E, U+2066–U+2069), which can
 * make a name read differently from what is stored ("Trojan Source"). Right-to-left text itself,
 * and the plain left-to-right and right-to-left marks, are allowed.
 */
export function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const allowed = code === 9 || code === 10 || code === 13;
    if ((code < 32 && !allowed) || code === 127) return true;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

/**
 * A name that came from outside (a file's name), with the characters hasControlCharacters
 * refuses taken out and line breaks and tabs made spaces, so that "receipt\u202Egnp.exe" cannot
 * pass for "receiptexe.png". Nothing else is changed.
 */
export function withoutControlCharacters(value: string): string {
  let clean = '';
  for (const char of value) {
    if (char === '\t' || char === '\n' || char === '\r') clean += ' ';
    else if (!hasControlCharacters(char)) clean += char;
  }
  return clean;
}

/** Returns a message if the text is not acceptable, else undefined. */
export function checkText(
  value: string,
  { label, required, max }: { label: string; required: boolean; max: number },
): string | undefined {
  const trimmed = value.trim();
  if (required && trimmed === '') return `Enter ${label}.`;
  if (trimmed.length > max)
    return `${capitalise(label)} must be ${max} characters or fewer (it has ${trimmed.length}).`;
  if (hasControlCharacters(value))
    return `${capitalise(label)} contains characters that cannot be stored.`;
  return undefined;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-case words for search indexes: "Café, Leeds!" → ["café", "leeds"]. */
export function searchWords(...texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLocaleLowerCase('en-GB').split(/[^\p{L}\p{N}]+/u)) {
      if (word) words.add(word);
    }
  }
  return [...words];
}

/** True when every word of the query starts one of the record's words. */
export function matchesQuery(words: readonly string[], query: string): boolean {
  const terms = searchWords(query);
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}
