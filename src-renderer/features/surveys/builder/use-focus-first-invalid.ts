import { type RefObject, useEffect } from 'react';

/** After errors are shown, focus moves to the first field marked invalid. */
export function useFocusFirstInvalid(
  formRef: RefObject<HTMLElement | null>,
  errors: Readonly<Record<string, string | undefined>>,
): void {
  useEffect(() => {
    if (Object.keys(errors).length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [errors, formRef]);
}

/**
 * After each attempt to save, focus moves to the first invalid field, or to the error summary
 * when the problem is not in a field.
 */
export function useFocusAfterAttempt(formRef: RefObject<HTMLElement | null>, attempts: number) {
  useEffect(() => {
    if (attempts === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-error-summary]');
    target?.focus();
  }, [attempts, formRef]);
}
