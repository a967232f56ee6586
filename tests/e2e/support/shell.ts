import { DEMO } from '../../../fake-zoho/worlds';

/** A ticket page whose requester the panel shows: the other record toolbar of Desk's shell. */
export const ticketUrl = DEMO.ticketUrl('desk.zoho.com', DEMO.tickets.ofActive);

/** Desk's ticket list: a Desk page without a panel. */
export const ticketListUrl = `https://desk.zoho.com/agent/${DEMO.portal}/${DEMO.department}/tickets/list`;

export interface HitTest {
  /** The controls found, by their accessible names: so a test also fails when the shell it means to check is not there. */
  controls: string[];
  /** Controls whose centre is something else (our panel, another pane, nothing): what an agent could not click. */
  missed: string[];
  /** Right edge of Desk's widest panes and left edge of the panel, in CSS pixels. */
  deskRight: number;
  panelLeft: number | null;
}

/**
 * Runs in the page (Playwright or Puppeteer `evaluate`): every control of Desk's shell, the top bar, the module
 * nav and the record toolbar, is hit-tested at its centre with `elementFromPoint`, as a click would land.
 */
export function hitTestDeskShell(): HitTest {
  const selector = '[role="banner"] :is(a, button), nav[aria-label="Modules"] a, [role="toolbar"] :is(a, button)';
  const nameOf = (control: HTMLElement) => control.getAttribute('aria-label') ?? control.textContent ?? '';
  const controls = [...document.querySelectorAll<HTMLElement>(selector)];
  const missed = controls.flatMap((control) => {
    const box = control.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    if (hit && control.contains(hit)) return [];
    return [`${nameOf(control)} at x=${Math.round(box.x + box.width / 2)}: ${hit ? hit.tagName.toLowerCase() : 'nothing'}`];
  });
  const panes = [...document.querySelectorAll('[role="banner"], main, [role="toolbar"]')];
  const host = document.querySelector('desk-companion-panel');
  return {
    controls: controls.map(nameOf),
    missed,
    deskRight: Math.max(...panes.map((pane) => pane.getBoundingClientRect().right)),
    panelLeft: host ? host.getBoundingClientRect().left : null,
  };
}
