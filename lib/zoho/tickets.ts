import * as z from 'zod/mini';
import type { OrgContext } from './context';
import { zId } from './schemas';

// Only the requester is read: a ticket's other fields (and its `include`s) are not the panel's business.
const ticketRequester = z.object({ id: zId, contactId: zId });

/** The contact who raised a ticket (its requester), as `GET /api/v1/tickets/{ticketId}` names it. */
export async function getTicketContactId(ctx: OrgContext, ticketId: string): Promise<string> {
  const ticket = await ctx.http({ ...ctx, method: 'GET', path: `/api/v1/tickets/${encodeURIComponent(ticketId)}`, schema: ticketRequester });
  return ticket.contactId;
}
