import type { browser as WxtBrowser } from 'wxt/browser';

// Stands in for 'wxt/browser' in the scripts that run in Desk's pages (aliased in wxt.config.ts). WXT's module
// chooses between `browser` and `chrome` as soon as it is evaluated, and the first touch of either in a page builds
// the extension API bindings: ~0.2 ms on every Desk page load. This one chooses at the first use, which on a page
// that is not a contact page never comes.
type Namespace = typeof WxtBrowser;

let chosen: Namespace | undefined;

/**
 * Whether `candidate` is an extension namespace rather than a page element of that name: Desk's markup can make
 * `window.browser` a form whose inputs answer `.runtime`, `.runtime.id` (DOM clobbering), but never a function.
 */
function isExtensionApi(candidate: unknown): candidate is Namespace {
  const runtime = (candidate as { runtime?: { getURL?: unknown; sendMessage?: unknown } } | undefined)?.runtime;
  return typeof runtime?.getURL === 'function' && typeof runtime.sendMessage === 'function';
}

function namespace(): Namespace {
  const scope = globalThis as { browser?: unknown; chrome?: unknown };
  return (chosen ??= isExtensionApi(scope.browser) ? scope.browser : (scope.chrome as Namespace));
}

export const browser: Namespace = new Proxy({} as Namespace, {
  get: (_target, key) => Reflect.get(namespace(), key),
});
