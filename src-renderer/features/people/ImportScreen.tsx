/** Placeholder: being built for issue 3. */
export function ImportScreen() {
  return null;
}
