import { storage } from '@wxt-dev/storage';
import type { ApiError } from '../messages/protocol';
import { STORAGE_KEYS } from '../storage-keys';

// The last failures, for the options page: enough to open a support case with Zoho (code and request id)
// without the agent copying error text out of the panel. storage.session: gone with the browser session,
// never synced, and locked to trusted contexts with the tokens.

export interface DiagnosticEntry {
  /** Epoch ms. */
  time: number;
  /** The message kind that failed, e.g. "badges.add". */
  call: string;
  kind: ApiError['kind'];
  code: string | null;
  message: string;
  requestId: string | null;
}

export const DIAGNOSTICS_LIMIT = 50;

export const diagnosticsItem = storage.defineItem<DiagnosticEntry[]>(STORAGE_KEYS.diagnostics, { fallback: [] });

export function createDiagnostics(now: () => number = Date.now) {
  // Appends are serialised: two failures at once must not overwrite each other's read-modify-write.
  let queue: Promise<void> = Promise.resolve();
  return {
    record(call: string, error: ApiError): Promise<void> {
      const entry: DiagnosticEntry = {
        time: now(),
        call,
        kind: error.kind,
        code: error.code,
        message: error.message.slice(0, 500),
        requestId: error.requestId,
      };
      queue = queue
        .then(async () => {
          const entries = await diagnosticsItem.getValue();
          await diagnosticsItem.setValue([entry, ...entries].slice(0, DIAGNOSTICS_LIMIT));
        })
        .catch(() => {});
      return queue;
    },
    list: () => diagnosticsItem.getValue(),
    clear: async () => {
      await queue;
      await diagnosticsItem.setValue([]);
    },
  };
}
export type Diagnostics = ReturnType<typeof createDiagnostics>;
