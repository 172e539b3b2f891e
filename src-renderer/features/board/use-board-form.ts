import { type RefObject, useCallback, useEffect, useState } from 'react';
import type { BoardStepResult } from '../../data/board-history';
import type { BoardCommand } from '../../domain/board/commands';
import type { FieldErrors, Validated } from '../../domain/result';
import { useBoardApi } from './use-board';

/**
 * A board form: the domain's validation first (every problem beside its field, focus on the
 * first), then the command as one undoable step; a refusal (someone changed the board in
 * another window) is shown above the buttons. Nothing is written unless the step succeeds.
 */
export function useBoardForm<T, K extends string>(formRef: RefObject<HTMLFormElement | null>) {
  const { run } = useBoardApi();
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (Object.values(errors).some(Boolean))
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, formRef]);

  const submit = useCallback(
    async (
      checked: Validated<T, K>,
      command: (value: T) => BoardCommand,
    ): Promise<Extract<BoardStepResult, { ok: true }> | null> => {
      if (!checked.ok) {
        setErrors(checked.errors);
        return null;
      }
      setErrors({});
      setSaving(true);
      const result = await run(command(checked.value));
      setSaving(false);
      if (result.ok) return result;
      setFormError(result.reason);
      return null;
    },
    [run],
  );
  return { errors, formError, saving, submit };
}
