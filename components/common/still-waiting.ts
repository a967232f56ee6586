import { useEffect, useState } from 'preact/hooks';

/** After this long a call is no longer "loading" to the agent: the panel says it is still waiting for Zoho. */
export const STILL_WAITING_MS = 3_000;

/** Whether `busy` has been true for STILL_WAITING_MS without a break. */
export function useStillWaiting(busy: boolean): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    setLate(false);
    if (!busy) return;
    const timer = setTimeout(() => setLate(true), STILL_WAITING_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  return busy && late;
}
