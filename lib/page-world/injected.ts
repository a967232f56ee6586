import type { CallBackground } from '../messages/call';
import type { CallReply, CallRequest, Reply } from '../messages/protocol';

// Code the background injects into the content script's world on demand (a panel, the merge dialog) hands itself
// over on a symbol-keyed global of that world, since an injected file cannot be imported.

type Globals = { [key: symbol]: unknown };

/** What the injected script under `key` handed over, if it has run in this world. */
export const injected = <T>(key: symbol) => (globalThis as Globals)[key] as T | undefined;

/** Called by the injected script itself. */
export function handOver<T>(key: symbol, value: T): void {
  (globalThis as Globals)[key] = value;
}

const RAN: Reply<null> = { ok: true, data: null };

/**
 * Asks the background to inject the script that hands over `key` (`panel.load` with `panel`), unless it has run in
 * this world already. Resolves with the background's refusal, or ok once the script has run: `injected(key)` then
 * holds what it handed over.
 */
export const loadInjected = (
  api: CallBackground,
  panel: CallRequest<'panel.load'>['panel'],
  key: symbol,
  signal?: AbortSignal,
): Promise<Reply<CallReply<'panel.load'>>> => (injected(key) ? Promise.resolve(RAN) : api('panel.load', { panel }, signal));
