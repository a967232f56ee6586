import { t } from '../i18n';
import { CallError, makeError } from '../messages/errors';
import { getTicketContactId } from '../zoho/tickets';
import type { Freshness } from './cache';
import type { BackgroundServices, FeatureHandlers } from './services';

/**
 * A ticket's requester rarely changes, and nothing the panel writes changes it: the lookup is kept like
 * reference data (shared by every tab, refreshed behind the view once it is older), and a write on the contact
 * leaves it alone.
 */
export const TICKET_REQUESTER: Freshness = { ttlMs: 10 * 60_000, staleMs: 24 * 60 * 60_000 };

export function ticketHandlers({ resolveOrg, cache, contacts }: BackgroundServices): FeatureHandlers<'ticket.contact'> {
  return {
    'ticket.contact': async ({ org, ticketId }) => {
      const ctx = await resolveOrg(org);
      try {
        const contactId = await cache.get(contacts.key(ctx, 'ticketRequester', ticketId), TICKET_REQUESTER, () =>
          getTicketContactId(ctx, ticketId),
        );
        return { contactId };
      } catch (error) {
        throw ticketFailure(error);
      }
    },
  };
}

/** Zoho's words for a missing or hidden record name contacts and help centers: say it about the ticket. */
function ticketFailure(error: unknown): unknown {
  if (!(error instanceof CallError)) return error;
  const { kind, code, requestId } = error.apiError;
  const message =
    kind === 'not-found' ? t('bgTicketNotFound') : kind === 'forbidden' && code !== 'SCOPE_MISMATCH' ? t('bgTicketForbidden') : null;
  return message ? new CallError(makeError(kind, message, { code, requestId })) : error;
}
