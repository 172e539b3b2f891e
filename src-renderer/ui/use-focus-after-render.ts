import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Returns a function that moves focus to `target` once React has committed the next render.
 * For when the focused control is about to disappear (a "Withdraw" button whose consent is
 * gone) or new errors are about to appear: focusing straight away, or in an animation frame,
 * can run before React has drawn the change and land on nothing.
 */
export function useFocusAfterRender(target: () => HTMLElement | null | undefined): () => void {
  const [requests, setRequests] = useState(0);
  const targetRef = useRef(target);
  useEffect(() => {
    targetRef.current = target;
  });
  useEffect(() => {
    if (requests > 0) targetRef.current()?.focus();
  }, [requests]);
  return useCallback(() => setRequests((n) => n + 1), []);
}
