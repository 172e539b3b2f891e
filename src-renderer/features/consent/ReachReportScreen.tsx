/** Placeholder: being built for issue 3. */
export function ReachReportScreen() {
  return null;
}
