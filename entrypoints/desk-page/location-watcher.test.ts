// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from './location-watcher';

const contact = (id: string) => `https://desk.zoho.com/agent/acme/support/contacts/details/${id}`;

function navigateEvent(url: string) {
  return Object.assign(new Event('navigate'), { destination: { url } });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('watchLocation with the Navigation API', () => {
  it('reports the destination of each navigation, before location.href changes', () => {
    class Navigation extends EventTarget {}
    const navigation = new Navigation();
    vi.stubGlobal('Navigation', Navigation);
    vi.stubGlobal('navigation', navigation);
    const moves: string[] = [];
    const lifetime = new AbortController();
    watchLocation((url) => moves.push(url), lifetime.signal);

    navigation.dispatchEvent(navigateEvent(contact('1')));
    expect(moves).toEqual([contact('1')]);

    lifetime.abort();
    navigation.dispatchEvent(navigateEvent(contact('2')));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(moves).toEqual([contact('1')]);
  });
});

describe('watchLocation without the Navigation API', () => {
  it('takes a page element with id="navigation" (DOM clobbering) for what it is, and watches location instead', () => {
    const clobbered = document.createElement('form');
    vi.stubGlobal('Navigation', undefined);
    vi.stubGlobal('navigation', clobbered);
    vi.useFakeTimers();
    const moves: string[] = [];
    const lifetime = new AbortController();
    watchLocation((url) => moves.push(url), lifetime.signal);
    history.pushState({}, '', '/agent/acme/support/clobbered-navigation');
    vi.advanceTimersByTime(1_000);
    expect(moves).toEqual([location.href]);
    lifetime.abort();
  });

  it('notices a pushState within a second, and back/forward and anchors at once', () => {
    vi.stubGlobal('navigation', undefined);
    vi.useFakeTimers();
    const moves: string[] = [];
    const lifetime = new AbortController();
    watchLocation((url) => moves.push(url), lifetime.signal);

    history.pushState({}, '', '/agent/acme/support/contacts/details/7');
    expect(moves).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(moves).toEqual([location.href]);
    expect(location.pathname).toBe('/agent/acme/support/contacts/details/7');

    vi.advanceTimersByTime(5_000);
    expect(moves).toHaveLength(1);

    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(moves).toHaveLength(3);

    lifetime.abort();
    history.pushState({}, '', '/agent/acme/support/tickets/details/8');
    vi.advanceTimersByTime(2_000);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(moves).toHaveLength(3);
  });
});
