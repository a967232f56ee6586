import type { browser as WxtBrowser } from 'wxt/browser';

// Stands in for 'wxt/browser' in the scripts that run in Desk's pages (aliased in wxt.config.ts). WXT's module
// chooses between `browser` and `chrome` as soon as it is evaluated, and the first touch of either in a page builds
// the extension API bindings: ~0.2 ms on every Desk page load. This one chooses at the first use, which on a page
// that is not a contact page never comes.
type Namespace = typeof WxtBrowser;

let chosen: Namespace | undefined;

function namespace(): Namespace {
  const scope = globalThis as { browser?: Namespace; chrome?: Namespace };
  return (chosen ??= scope.browser?.runtime?.id ? scope.browser : (scope.chrome as Namespace));
}

export const browser: Namespace = new Proxy({} as Namespace, {
  get: (_target, key) => Reflect.get(namespace(), key),
});
