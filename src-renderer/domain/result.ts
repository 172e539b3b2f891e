/** What validation returns: the clean value, or a plain-English message per field. */
export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

export type Validated<T, K extends string = string> =
  { ok: true; value: T } | { ok: false; errors: FieldErrors<K> };

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}
