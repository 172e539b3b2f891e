/** Placeholder: being built for issue 3. */
export function PeopleScreen() {
  return null;
}
