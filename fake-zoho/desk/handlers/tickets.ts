// A ticket, read by id: what a ticket page's panel asks to find the ticket's requester.
import type { Org, Ticket } from '../../worlds/world';
import { requireOrg, type Handler } from '../context';
import { errorReply, MESSAGES, notFound } from '../errors';
import { contactWebUrl } from '../shapes';

const TICKET_LAYOUT = { id: '1892000000074011', layoutName: 'Default Ticket Layout' };

/** Every field the spec's ticket schema requires, null where the world has nothing; ids stay strings. */
function ticketJson(org: Org, ticket: Ticket) {
  const contact = org.contacts.find((candidate) => candidate.id === ticket.contactId);
  const ticketPage = contactWebUrl(org, ticket.contactId).replace(/\/contacts\/details\/.*$/, `/tickets/details/${ticket.id}`);
  return {
    id: ticket.id,
    ticketNumber: ticket.ticketNumber,
    subject: ticket.subject,
    description: null,
    status: ticket.status,
    statusType: ticket.status === 'Closed' ? 'Closed' : ticket.status === 'On Hold' ? 'On Hold' : 'Open',
    contactId: ticket.contactId,
    email: contact?.email ?? null,
    phone: contact?.phone ?? null,
    departmentId: ticket.departmentId,
    accountId: contact?.accountId ?? null,
    assigneeId: null,
    teamId: null,
    productId: null,
    priority: null,
    channel: 'Email',
    channelCode: null,
    channelRelatedInfo: null,
    language: 'English',
    category: null,
    subCategory: null,
    classification: null,
    resolution: null,
    dueDate: null,
    responseDueDate: null,
    closedTime: null,
    onholdTime: null,
    lockedTime: null,
    customerResponseTime: ticket.createdTime,
    createdTime: ticket.createdTime,
    modifiedTime: ticket.modifiedTime,
    createdBy: null,
    modifiedBy: null,
    approvalCount: '0',
    attachmentCount: '0',
    commentCount: '0',
    taskCount: '0',
    threadCount: '1',
    timeEntryCount: '0',
    tagCount: '0',
    followerCount: '0',
    sentiment: null,
    isFollowing: false,
    isArchived: false,
    isDeleted: false,
    isEscalated: false,
    isOverDue: false,
    isResponseOverdue: false,
    isSpam: false,
    isTrashed: false,
    entitySkills: [],
    secondaryContacts: [],
    sharedDepartments: [],
    source: { appName: null, extId: null, type: 'SYSTEM', permalink: null, appPhotoURL: null },
    sourceTicket: null,
    slaId: null,
    layoutId: TICKET_LAYOUT.id,
    layoutDetails: TICKET_LAYOUT,
    cf: {},
    customFields: {},
    webUrl: ticketPage,
  };
}

export const getTicket: Handler = (context) => {
  const org = requireOrg(context);
  const ticket = org.tickets.find((candidate) => candidate.id === context.pathParams.ticketId);
  if (!ticket) return notFound();
  if (ticket.restricted) return errorReply(403, 'FORBIDDEN', MESSAGES.forbidden);
  return { status: 200, json: ticketJson(org, ticket) };
};
