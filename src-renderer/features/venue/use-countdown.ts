import { useEffect, useState } from 'react';
import type { CountdownView } from '../../domain/venue/countdown';
import { countdownView } from '../../domain/venue/countdown';
import type { TimerSetting } from '../../domain/venue/timer';
import { remainingMs } from '../../domain/venue/timer';

/**
 * The countdown as it stands now, worked out from the stored timer and the clock. While it runs
 * it re-renders just after each whole second, so the display never lags nor repaints needlessly;
 * while it is stopped nothing ticks at all.
 */
export function useCountdown(timer: TimerSetting | undefined): CountdownView | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer) return undefined;
    let handle: ReturnType<typeof setTimeout>;
    const tick = () => {
      const at = Date.now();
      setNow(at);
      if (timer.startedAt === null) return;
      // Time to the next whole second of the countdown, plus a little so it lands past it.
      const sinceSecond = ((-remainingMs(timer, at) % 1000) + 1000) % 1000;
      handle = setTimeout(tick, 1000 - sinceSecond + 5);
    };
    handle = setTimeout(tick, 0);
    return () => clearTimeout(handle);
  }, [timer]);
  return timer ? countdownView(timer, Math.max(now, startedMs(timer))) : undefined;
}

/** A timer started "now" in another window must not show a moment before it started. */
function startedMs(timer: TimerSetting): number {
  return timer.startedAt === null ? 0 : Date.parse(timer.startedAt);
}
