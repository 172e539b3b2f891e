import { type RefObject, useCallback, useEffect, useState } from 'react';
import type { CommandResult } from '../data/command-result';
import { describeStorageError } from '../data/storage-errors';
import { type FieldErrors, hasErrors } from '../domain/result';

interface FormState<K extends string> {
  errors: FieldErrors<K>;
  /** A problem with the whole form (conflict, disk full), shown above the buttons. */
  formError: string | null;
  saving: boolean;
}

/**
 * Runs a command for a form: field errors go next to their fields and focus moves to the
 * first one; conflicts and storage failures become one message. Nothing is written when any
 * of these happen, because every command is one transaction.
 */
export function useFormSubmit<T, K extends string>(formRef: RefObject<HTMLFormElement | null>) {
  const [state, setState] = useState<FormState<K>>({ errors: {}, formError: null, saving: false });

  const submit = useCallback(async (run: () => Promise<CommandResult<T, K>>): Promise<T | null> => {
    setState((s) => ({ ...s, saving: true }));
    try {
      const result = await run();
      if (result.ok) {
        setState({ errors: {}, formError: null, saving: false });
        return result.value;
      }
      if ('conflict' in result) {
        setState({ errors: {}, formError: result.conflict, saving: false });
      } else {
        setState({ errors: result.errors, formError: null, saving: false });
      }
    } catch (error) {
      setState({ errors: {}, formError: describeStorageError(error), saving: false });
    }
    return null;
  }, []);

  // After React has shown the errors (an effect, not an animation frame, which can run first).
  useEffect(() => {
    if (hasErrors(state.errors)) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [state.errors, formRef]);

  return { ...state, submit };
}
