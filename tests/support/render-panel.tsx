import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { forgetRecentReads } from '@/components/ContactData/store';
import { Panel } from '@/components/Panel/Panel';
import { createFakeApi, page, type FakeApi, type FakeState } from './fake-api';

// vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  forgetRecentReads();
});

/** Mounts the whole panel against a fake api; resolves once the panel has settled. */
export function renderPanel(edit?: (state: FakeState) => void, options: { fake?: FakeApi; signal?: AbortSignal } = {}) {
  const fake = options.fake ?? createFakeApi(edit);
  const navigate = vi.fn<(url: string) => void>();
  const controller = new AbortController();
  const signal = options.signal ?? controller.signal;
  const view = render(<Panel page={page} api={fake.api} navigate={navigate} signal={signal} />);
  return { ...view, fake, navigate, controller };
}

export function region(name: string) {
  return screen.getByRole('region', { name });
}

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
