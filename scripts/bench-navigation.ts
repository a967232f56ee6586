// The views' part of `npm run bench`: one SPA move timed in the page, and the fake's request log of that move laid
// out against it, so a figure over its limit shows which trip waited for which.
import type { Page } from 'playwright-core';
import type { LogEntry } from '../fake-zoho/server';

export interface TimedMove {
  /** From the router's pushState until the panel showed the state asked for. */
  ms: number;
  /** Wall-clock time of the pushState (ms since the epoch): the fake's log is in wall-clock time too. */
  startedAt: number;
}

/** Moves the SPA to `target` the way Desk's router does, then waits in the page until the panel shows it settled. */
export async function timedNavigation(page: Page, target: string, readyWhen: 'settled' | 'statuses'): Promise<TimedMove> {
  return page.evaluate(
    ([destination, mode]) =>
      new Promise<TimedMove>((resolve, reject) => {
        const start = performance.now();
        // The fake's log is stamped with the machine's clock: Date.now(), not timeOrigin + start, which drifts.
        const startedAt = Date.now();
        const done = () => {
          const root = document.querySelector('desk-companion-panel')?.shadowRoot;
          if (!root) return false;
          const helpCenters = root.querySelector('section[aria-labelledby]');
          if (mode === 'statuses') return Boolean(helpCenters && helpCenters.getAttribute('aria-busy') !== 'true' && helpCenters.querySelector('li'));
          // Every section is in the panel from its first render, each busy until its reads are in: settled is
          // sections shown and nothing busy, whatever the number of sections.
          return root.querySelector('section') !== null && !root.querySelector('[aria-busy="true"]');
        };
        // The old contact's panel had settled: only a state reached after the panel changed counts, so watch
        // the panel's shadow tree and check after each batch of changes.
        const host = document.querySelector('desk-companion-panel');
        if (!host?.shadowRoot) return reject(new Error('No panel to navigate from'));
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timeout);
          resolve({ ms: performance.now() - start, startedAt });
        });
        observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error('The panel did not settle within 30 s'));
        }, 30_000);
        history.pushState({}, '', destination);
      }),
    [target, readyWhen] as const,
  );
}

/**
 * Each Desk API call of a move as "+arrived → +answered route" in ms after the pushState, then when the view was
 * shown: the gaps between one answer and the next request are the extension's own time on the critical path.
 */
export function timeline(log: LogEntry[], move: TimedMove): string[] {
  const at = (ms: number) => `+${Math.round(ms - move.startedAt)}`.padStart(5);
  const calls = log
    .filter((entry) => entry.path.startsWith('/api/'))
    .map((entry) => {
      const arrived = Date.parse(entry.time);
      const answered = entry.durationMs === undefined ? '    ?' : at(arrived + entry.durationMs);
      return `${at(arrived)} → ${answered}  ${entry.route}${entry.query ? `?${entry.query}` : ''}`;
    });
  return [...calls, `${at(move.startedAt + move.ms)}          view shown`];
}
