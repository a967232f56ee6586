import { describe, expect, it, vi } from 'vitest';
import { CallError } from '../messages/errors';
import { createHandlers } from './handlers';

describe('panel.load', () => {
  it('injects the panel into the asking tab and frame only', async () => {
    const injectPanel = vi.fn(async () => {});
    const handlers = createHandlers({ injectPanel });
    await expect(handlers['panel.load']({}, { tab: { id: 7 }, frameId: 0, url: 'https://desk.zoho.com/agent/acme' })).resolves.toBeNull();
    expect(injectPanel).toHaveBeenCalledWith(7, 0, '/panel.js');
  });

  it('injects the account panel, and only it, when an account page asks', async () => {
    const injectPanel = vi.fn(async () => {});
    const handlers = createHandlers({ injectPanel });
    await handlers['panel.load']({ panel: 'account' }, { tab: { id: 7 }, frameId: 3, url: 'https://desk.zoho.com/agent/acme' });
    expect(injectPanel.mock.calls).toEqual([[7, 3, '/account-panel.js']]);
  });

  it('injects the merge dialog, and only it, when the agent opens a merge', async () => {
    const injectPanel = vi.fn(async () => {});
    const handlers = createHandlers({ injectPanel });
    await handlers['panel.load']({ panel: 'merge' }, { tab: { id: 7 }, frameId: 0, url: 'https://desk.zoho.com/agent/acme' });
    expect(injectPanel.mock.calls).toEqual([[7, 0, '/merge-dialog.js']]);
  });

  it('refuses a sender that is not a tab', async () => {
    const injectPanel = vi.fn(async () => {});
    const handlers = createHandlers({ injectPanel });
    await expect(handlers['panel.load']({}, { url: 'chrome-extension://x/options.html' })).rejects.toBeInstanceOf(CallError);
    expect(injectPanel).not.toHaveBeenCalled();
  });
});
