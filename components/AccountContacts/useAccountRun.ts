import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallBackground } from '@/lib/messages/call';
import type { OrgRef, Run } from '@/lib/messages/protocol';

// How often the page asks the background how a run is going: a message to the extension, not a Zoho call.
const FOLLOW_MS = 500;

/**
 * The account's bulk run as the background holds it: asked for once when the page opens (a run started before a
 * reload or in another tab shows its progress, then its outcome), then followed while it goes.
 */
export function useAccountRun(org: OrgRef, accountId: string, api: CallBackground, signal: AbortSignal) {
  const [run, setRun] = useState<Run | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function show(next: Run | null) {
    setRun(next);
    clearTimeout(timer.current);
    if (next && next.status !== 'done') timer.current = setTimeout(() => void follow(), FOLLOW_MS);
  }

  async function follow() {
    const reply = await api('run.get', { org, accountId }, signal).catch(() => null);
    if (reply?.ok) show(reply.data);
    else if (reply && !signal.aborted) timer.current = setTimeout(() => void follow(), FOLLOW_MS * 4);
  }

  useEffect(() => {
    void follow();
    return () => clearTimeout(timer.current);
  }, []);

  return {
    run,
    show,
    stop: async () => {
      const reply = await api('run.stop', { org, accountId }, signal).catch(() => null);
      if (reply?.ok) show(reply.data);
    },
  };
}
