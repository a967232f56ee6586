import { t } from '../i18n';
import { CallError, isApiError } from '../messages/errors';
import { makeError, type CallKind } from '../messages/protocol';
import type { Handlers, SenderInfo } from '../messages/router';
import type { Diagnostics } from './diagnostics';
import type { BackgroundServices, FeatureHandlers } from './services';

/** Failures that are a state, not an incident: the options page's diagnostics list leaves them out. */
const NOT_INCIDENTS = new Set(['not-connected', 'not-configured']);

export function diagnosticsHandlers({ diagnostics }: BackgroundServices): FeatureHandlers<'diagnostics.list' | 'diagnostics.clear'> {
  return {
    'diagnostics.list': () => diagnostics.list(),
    'diagnostics.clear': async () => {
      await diagnostics.clear();
      return null;
    },
  };
}

/** Every failed call leaves a line for the options page's diagnostics (time, call, code, message, request id). */
export function withDiagnostics(handlers: Handlers, diagnostics: Diagnostics): Handlers {
  const wrapped = {} as Record<CallKind, (request: unknown, sender: SenderInfo) => Promise<unknown>>;
  for (const kind of Object.keys(handlers) as Array<keyof Handlers>) {
    const handler = handlers[kind] as (request: unknown, sender: SenderInfo) => Promise<unknown>;
    wrapped[kind] = async (request, sender) => {
      try {
        const result = await handler(request, sender);
        // A write whose answer Zoho lost answers with what was read back; the loss is still an incident.
        const lost = (result as { lost?: unknown } | null)?.lost;
        if (isApiError(lost)) await diagnostics.record(kind, lost);
        return result;
      } catch (error) {
        const apiError = error instanceof CallError ? error.apiError : makeError('internal', describeUnknown(error));
        if (!NOT_INCIDENTS.has(apiError.kind)) await diagnostics.record(kind, apiError);
        throw error;
      }
    };
  }
  return wrapped as Handlers;
}

function describeUnknown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : t('bgUnknownFailure');
}
