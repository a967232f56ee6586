import { describe, expect, it } from 'vitest';
import { createContactViewController } from './contact-view';

const A = 'https://desk.zoho.com/agent/acme/support/contacts/details/4000000000000000001';
const B = 'https://desk.zoho.com/agent/acme/support/contacts/details/4000000000000000002';
const TICKET = 'https://desk.zoho.com/agent/acme/support/tickets/details/4000000000000000009';

function harness() {
  const log: string[] = [];
  const signals: AbortSignal[] = [];
  let live = 0;
  const controller = createContactViewController((page, signal) => {
    live += 1;
    signals.push(signal);
    log.push(`mount ${page.contactId.slice(-1)}`);
    return {
      unmount() {
        live -= 1;
        log.push(`unmount ${page.contactId.slice(-1)}`);
      },
    };
  });
  return { controller, log, signals, live: () => live };
}

describe('contact view controller', () => {
  it('keeps exactly one view across any navigation history', () => {
    const h = harness();
    for (const url of [A, `${A}/tickets`, B, TICKET, A, A, `${A}#x`, B, `${B}?tab=history`]) {
      h.controller.sync(url);
      expect(h.live()).toBeLessThanOrEqual(1);
    }
    expect(h.live()).toBe(1);
    expect(h.log).toEqual(['mount 1', 'unmount 1', 'mount 2', 'unmount 2', 'mount 1', 'unmount 1', 'mount 2']);
  });

  it('aborts the previous contact before mounting the next', () => {
    const h = harness();
    h.controller.sync(A);
    h.controller.sync(B);
    expect(h.signals[0]?.aborted).toBe(true);
    expect(h.signals[1]?.aborted).toBe(false);
  });

  it('removes the view off contact pages and on dispose', () => {
    const h = harness();
    h.controller.sync(A);
    h.controller.sync(TICKET);
    expect(h.live()).toBe(0);
    h.controller.sync(B);
    h.controller.dispose();
    expect(h.live()).toBe(0);
    expect(h.signals.every((signal) => signal.aborted)).toBe(true);
  });
});
