/** Random string ids: unique across laptops, so records can later be merged without clashes. */
export function newId(): string {
  return crypto.randomUUID();
}
