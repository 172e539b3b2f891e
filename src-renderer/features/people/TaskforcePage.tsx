/** Placeholder: being built for issue 3. */
export function TaskforcePage(_props: { taskforceId: string }) {
  return null;
}
