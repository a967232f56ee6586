/** A plain left click moves Desk's single-page app instead of reloading the tab; anything else is the browser's. */
export function followInPlace(event: MouseEvent, url: string, navigate: (url: string) => void) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(url);
}
