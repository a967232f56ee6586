// The panel is dark when the agent's system is (prefers-color-scheme) or when Desk itself is in its night
// theme. Desk's night theme is read from what the page paints, not from its private class names, so a Desk
// redesign cannot break it.

function parseRgb(value: string): { r: number; g: number; b: number; a: number } | undefined {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function pageIsDark(): boolean {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const background = parseRgb(getComputedStyle(element).backgroundColor);
    if (background && background.a >= 0.5) return luminance(background) < 0.2;
  }
  return false;
}

const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

/** Calls `apply` now and whenever the system or Desk's theme changes; returns the unsubscribe. */
export function followTheme(apply: (theme: 'dark' | 'light') => void): () => void {
  let last: 'dark' | 'light' | undefined;
  const check = () => {
    const theme = systemDark() || pageIsDark() ? 'dark' : 'light';
    if (theme !== last) apply((last = theme));
  };
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', check);
  // Desk switches its theme in place: watch the attributes that could carry it on <html> and <body>.
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  check();
  return () => {
    media.removeEventListener('change', check);
    observer.disconnect();
  };
}
