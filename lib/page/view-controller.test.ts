import { describe, expect, it } from 'vitest';
import { parsePanelPage } from './desk-pages';
import { createViewController } from './view-controller';

const A = 'https://desk.zoho.com/agent/acme/support/contacts/details/4000000000000000001';
const B = 'https://desk.zoho.com/agent/acme/support/contacts/details/4000000000000000002';
const TICKET = 'https://desk.zoho.com/agent/acme/support/tickets/details/4000000000000000009';
const TICKET_B = 'https://desk.zoho.com/agent/acme/support/tickets/details/4000000000000000008';
const TICKET_LIST = 'https://desk.zoho.com/agent/acme/support/tickets';

function harness() {
  const log: string[] = [];
  const signals: AbortSignal[] = [];
  let live = 0;
  const controller = createViewController(parsePanelPage, (page, signal) => {
    live += 1;
    signals.push(signal);
    const name = 'ticketId' in page ? `t${page.ticketId.slice(-1)}` : page.contactId.slice(-1);
    log.push(`mount ${name}`);
    return {
      unmount() {
        live -= 1;
        log.push(`unmount ${name}`);
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
    expect(h.log).toEqual(['mount 1', 'unmount 1', 'mount 2', 'unmount 2', 'mount t9', 'unmount t9', 'mount 1', 'unmount 1', 'mount 2']);
  });

  it('aborts the previous contact before mounting the next', () => {
    const h = harness();
    h.controller.sync(A);
    h.controller.sync(B);
    expect(h.signals[0]?.aborted).toBe(true);
    expect(h.signals[1]?.aborted).toBe(false);
  });

  it('gives ticket B a view of its own, its tabs keep it, and a ticket list has none', () => {
    const h = harness();
    for (const url of [TICKET, `${TICKET}/conversation`, TICKET_B, `${TICKET_B}#thread`]) h.controller.sync(url);
    expect(h.log).toEqual(['mount t9', 'unmount t9', 'mount t8']);
    expect(h.signals[0]?.aborted).toBe(true);
    h.controller.sync(TICKET_LIST);
    expect(h.live()).toBe(0);
  });

  it('removes the view off contact and ticket pages and on dispose', () => {
    const h = harness();
    h.controller.sync(A);
    h.controller.sync(TICKET_LIST);
    expect(h.live()).toBe(0);
    h.controller.sync(B);
    h.controller.dispose();
    expect(h.live()).toBe(0);
    expect(h.signals.every((signal) => signal.aborted)).toBe(true);
  });
});
