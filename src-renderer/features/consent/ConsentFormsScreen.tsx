/** Placeholder: being built for issue 3. */
export function ConsentFormsScreen() {
  return null;
}
