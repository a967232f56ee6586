// The Desk core's world: everything WorldBase has, plus the help-center side of an org. Ids are 64-bit integers
// in Zoho; here they are digit strings end to end, never numbers.
import type { DataCenterId, WorldBase } from '../types';

type BaseOrg = WorldBase['orgs'][number];
type BaseContact = BaseOrg['contacts'][number];

export interface Contact extends BaseContact {
  secondaryEmail: string | null;
  phone: string | null;
  mobile: string | null;
  accountId: string | null;
  ownerId: string | null;
  type: string | null;
  title: string | null;
  street: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  zip: string | null;
  description: string | null;
  twitter: string | null;
  facebook: string | null;
  createdTime: string;
  modifiedTime: string;
  /** Set on a contact whose address the help centers refuse to invite (Zoho's per-contact answer says why). */
  emailBlocked?: boolean;
}

/** A company in Desk ("account"): its contacts carry its id in `accountId`. */
export interface Account {
  id: string;
  accountName: string;
  website: string | null;
}

export interface HelpCenter {
  id: string;
  name: string;
  url: string;
  status: 'ACTIVE' | 'DISABLED';
  departmentIds: string[];
  isDefault: boolean;
  primaryLocale: string;
}

/**
 * A contact's user in one help center. A contact usually has a different userId in each help center, but one
 * userId can stand in several (Zoho's own example of a contact's help centers lists the same userId twice): each
 * membership then keeps its own status, and a write that names no help center reaches all of them.
 */
export interface Membership {
  contactId: string;
  helpCenterId: string;
  userId: string;
  /** Free string in the spec: ACTIVE, PENDING, INVITED, DISABLED seen in Zoho; worlds add odd ones too. */
  userStatus: string;
  /** Zoho's reason for refusing to deactivate this user (the PATCH answers 422 with it). */
  refuseDeactivation?: string;
}

export interface Badge {
  id: string;
  name: string;
  description: string | null;
  iconUrl: string | null;
  isCustom: boolean;
}

export interface UserBadge {
  userId: string;
  badgeId: string;
  createdTime: string;
}

export interface Label {
  id: string;
  helpCenterId: string;
  name: string;
  logoUrl: string | null;
  bgColor: string;
  textColor: string;
  shape: 'ROUNDED' | 'RECTANGLE';
  createdTime: string;
  modifiedTime: string;
}

export interface UserLabel {
  userId: string;
  labelId: string;
  isPrimary: boolean;
  assignedTime: string;
}

/** A help-center user group (who may read which knowledge-base content); it belongs to one help center. */
export interface Group {
  id: string;
  helpCenterId: string;
  name: string;
  description: string | null;
  logoUrl: string | null;
  status: 'ACTIVE' | 'DISABLED';
  createdTime: string;
  modifiedTime: string;
}

/** A user in a group: only a user of the group's help center can be one. */
export interface UserGroup {
  userId: string;
  groupId: string;
  addedTime: string;
}

/** A ticket, as far as the extension reads it: who raised it (the requester) and where it lives. */
export interface Ticket {
  id: string;
  ticketNumber: string;
  subject: string;
  contactId: string;
  departmentId: string;
  status: 'Open' | 'On Hold' | 'Closed';
  createdTime: string;
  modifiedTime: string;
  /** In a department the signed-in agents' role cannot see: Desk answers 403. */
  restricted: boolean;
}

export interface Org extends BaseOrg {
  edition: 'FREE' | 'EXPRESS' | 'PROFESSIONAL' | 'ENTERPRISE';
  accounts: Account[];
  contacts: Contact[];
  helpCenters: HelpCenter[];
  memberships: Membership[];
  /** The org's badge catalogue (badges are org-wide; users from any help center can hold them). */
  badges: Badge[];
  userBadges: UserBadge[];
  labels: Label[];
  userLabels: UserLabel[];
  groups: Group[];
  userGroups: UserGroup[];
  tickets: Ticket[];
}

export interface World extends WorldBase {
  orgs: Org[];
}

export type { DataCenterId };
