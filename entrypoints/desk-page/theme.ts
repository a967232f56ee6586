// The panel is dark when the agent's system is (prefers-color-scheme) or when Desk itself is in its night
// theme. Desk's night theme is read from what the page paints, not from its private class names, so a Desk
// redesign cannot break it.

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
function luminance(r: number, g: number, b: number): number {
  const linear = (channel: number) => ((channel /= 255) <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function pageIsDark(): boolean {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    // A computed colour reads "rgb(r, g, b)" or "rgba(r, g, b, a)".
    const [r = 0, g = 0, b, alpha = 1] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    if (b !== undefined && alpha >= 0.5) return luminance(r, g, b) < 0.2;
  }
  return false;
}

/** Calls `apply` now and whenever the system or Desk's theme changes; returns the unsubscribe. */
export function followTheme(apply: (theme: 'dark' | 'light') => void): () => void {
  let last: 'dark' | 'light' | undefined;
  const media = matchMedia('(prefers-color-scheme: dark)');
  // Desk switches its theme in place: watch the attributes that could carry it on <html> and <body>, and
  // <html>'s children, since a rebuild brings a new <body> to watch.
  const attributes = { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] };
  const observer = new MutationObserver(() => check());
  const check = () => {
    observer.observe(document.documentElement, { ...attributes, childList: true });
    if (document.body) observer.observe(document.body, attributes);
    const theme = media.matches || pageIsDark() ? 'dark' : 'light';
    if (theme !== last) apply((last = theme));
  };
  media.addEventListener('change', check);
  check();
  return () => {
    media.removeEventListener('change', check);
    observer.disconnect();
  };
}
