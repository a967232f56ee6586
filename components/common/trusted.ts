/**
 * An event handler that runs only for the agent's own input. The panel's shadow root is open, so a script in
 * Desk's page (a rogue widget, an injected script) can reach its buttons and call `.click()` or dispatch events
 * on them; the browser marks those `isTrusted: false`, and a page cannot forge the flag. Every control that
 * writes to Zoho, or arms a write, takes its handler through this.
 */
export function byAgent<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) return;
    handler(event);
  };
}
