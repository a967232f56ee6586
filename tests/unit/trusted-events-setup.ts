// happy-dom does not implement Event.isTrusted, and Testing Library's fireEvent stands for the agent's own input:
// the component tests read it as trusted. Untrusted clicks (a page script) are tested in a real browser
// (tests/e2e/trusted-writes.e2e.ts), where the flag is the browser's.
if (typeof window !== 'undefined' && !('isTrusted' in window.Event.prototype)) {
  Object.defineProperty(window.Event.prototype, 'isTrusted', { get: () => true, configurable: true });
}
