import { useEffect, useState } from 'react';

/** The time now, refreshed at each whole minute: enough to follow which slot is running. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const untilNextMinute = 60_000 - (now.getTime() % 60_000) + 50;
    const handle = setTimeout(() => setNow(new Date()), untilNextMinute);
    return () => clearTimeout(handle);
  }, [now]);
  return now;
}
