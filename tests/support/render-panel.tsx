import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { forgetRecentReads } from '@/components/ContactData/store';

// vitest runs without globals, so Testing Library cannot register its own cleanup; the panel's memory of recent
// reads would otherwise carry one test's answers into the next.
afterEach(() => {
  cleanup();
  forgetRecentReads();
});

/** Waits until the section has loaded; `timeout` for panels whose calls travel to the fake Zoho over loopback. */
export async function settled(name: string, timeout?: number) {
  await waitFor(
    () => {
      const section = screen.getByRole('region', { name });
      if (section.getAttribute('aria-busy') === 'true') throw new Error(`${name} still loading`);
    },
    { timeout },
  );
  return within(screen.getByRole('region', { name }));
}
