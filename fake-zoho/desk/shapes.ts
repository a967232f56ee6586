// World records → Desk's JSON, field for field as the spec's response schemas require them (every `required`
// field present, null where the world has nothing). Ids stay strings.
import { deskHostOf, type DataCenterId } from '../hosts';
import { isEndUser } from './context';
import type { Badge, Contact, Group, HelpCenter, Label, Membership, Org, UserGroup, UserLabel, World } from '../worlds/world';

export function contactWebUrl(org: Org, contactId: string): string {
  const department = (org.departments[0]?.name ?? 'support').toLowerCase().replace(/[^a-z0-9]+/g, '');
  return `https://${deskHostOf(org.dataCenter)}/agent/${org.portalName}/${department}/contacts/details/${contactId}`;
}

const ZERO_HAPPINESS = { badPercentage: '0', okPercentage: '0', goodPercentage: '0' };

/** The fields groupContacts lists for each contact (a subset of the full contact). */
export function contactSummary(org: Org, contact: Contact) {
  return {
    id: contact.id,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    secondaryEmail: contact.secondaryEmail,
    phone: contact.phone,
    mobile: contact.mobile,
    accountId: contact.accountId,
    ownerId: contact.ownerId,
    type: contact.type,
    accountCount: contact.accountId ? '1' : '0',
    createdTime: contact.createdTime,
    customerHappiness: ZERO_HAPPINESS,
    isAnonymous: false,
    isEndUser: isEndUser(org, contact.id),
    isSpam: false,
    photoURL: null,
    webUrl: contactWebUrl(org, contact.id),
    zohoCRMContact: null,
  };
}

export function contactJson(org: Org, contact: Contact) {
  return {
    ...contactSummary(org, contact),
    title: contact.title,
    street: contact.street,
    city: contact.city,
    state: contact.state,
    country: contact.country,
    zip: contact.zip,
    description: contact.description,
    twitter: contact.twitter,
    facebook: contact.facebook,
    cf: {},
    customFields: {},
    modifiedTime: contact.modifiedTime,
    isFollowing: false,
    isDeleted: false,
    isTrashed: false,
    layoutId: `${org.departments[0]?.id.slice(0, 4) ?? '1'}000000010001`,
    layoutDetails: { id: `${org.departments[0]?.id.slice(0, 4) ?? '1'}000000010001`, layoutName: 'Standard Layout' },
  };
}

export function organizationJson(org: Org, dataCenter: DataCenterId, isDefault: boolean, agentEmail: string) {
  return {
    id: org.id,
    companyName: org.companyName,
    portalName: org.portalName,
    portalURL: `https://${deskHostOf(dataCenter)}/portal/${org.portalName}`,
    alias: null,
    city: null,
    country: null,
    state: null,
    street: null,
    zip: null,
    currencyCode: 'USD',
    currencyLocale: 'US',
    currencySymbol: '$',
    description: null,
    designation: null,
    edition: org.edition,
    employeeCount: '50',
    employeeCountRange: '50 - 99',
    faviconURL: null,
    fax: null,
    industry: 'None',
    isAdminInOrg: true,
    isDefault,
    isPayloadEncryptionEnabled: false,
    isSandboxPortal: false,
    logoURL: null,
    migrationFrom: null,
    mobile: null,
    phoneNumber: null,
    preferredCommunicationChannels: [],
    preferredSolution: [],
    primaryContact: agentEmail,
    timeZone: 'America/Los_Angeles',
    website: null,
  };
}

export function helpCenterBrief(helpCenter: HelpCenter) {
  return { id: helpCenter.id, name: helpCenter.name, url: helpCenter.url, status: helpCenter.status };
}

export function helpCenterJson(helpCenter: HelpCenter, withTranslateSettings: boolean) {
  const json: Record<string, unknown> = {
    ...helpCenterBrief(helpCenter),
    departmentIds: helpCenter.departmentIds,
    isDefault: helpCenter.isDefault,
    isEncodedPermalinkAllowed: false,
    isMultilingualEnabled: false,
    locales: [helpCenter.primaryLocale],
    helpCenterLocales: [
      { locale: helpCenter.primaryLocale, name: helpCenter.primaryLocale === 'ar' ? 'العربية' : 'English', status: 'ACCESIBLE_IN_HELPCENTER', type: 'DEFAULT' },
    ],
    logoUrl: null,
    primaryLocale: helpCenter.primaryLocale,
  };
  if (withTranslateSettings) json.translateSettings = { translateMode: 'MANUAL', autoTranslateSettings: [] };
  return json;
}

export function badgeJson(badge: Badge) {
  return { id: badge.id, name: badge.name, description: badge.description, iconUrl: badge.iconUrl, isCustom: badge.isCustom };
}

function labelBase(label: Label) {
  return {
    id: label.id,
    name: label.name,
    logoUrl: label.logoUrl,
    preferences: { bgColor: label.bgColor, textColor: label.textColor, shape: label.shape },
  };
}

const SYSTEM_AGENT = (org: Org) => ({
  id: `${org.departments[0]?.id.slice(0, 4) ?? '1'}000000000101`,
  name: `${org.companyName} Admin`,
  photoUrl: null,
});

export function labelJson(org: Org, label: Label) {
  return {
    ...labelBase(label),
    helpCenterId: label.helpCenterId,
    count: String(org.userLabels.filter((userLabel) => userLabel.labelId === label.id).length),
    createdTime: label.createdTime,
    modifiedTime: label.modifiedTime,
    creator: SYSTEM_AGENT(org),
    modifier: SYSTEM_AGENT(org),
  };
}

export function userLabelJson(label: Label, userLabel: UserLabel) {
  return { ...labelBase(label), helpCenterId: label.helpCenterId, isPrimary: userLabel.isPrimary, assignedTime: userLabel.assignedTime };
}

/** A group in the catalogue (`GET /groups`); `isAssociated` is only meaningful in a user's context, so null. */
export function groupJson(org: Org, group: Group) {
  const agent = SYSTEM_AGENT(org);
  const person = { id: agent.id, name: agent.name, photoUrl: agent.photoUrl };
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    helpCenterId: group.helpCenterId,
    logoUrl: group.logoUrl,
    status: group.status,
    count: String(org.userGroups.filter((userGroup) => userGroup.groupId === group.id).length),
    createdTime: group.createdTime,
    modifiedTime: group.modifiedTime,
    creator: person,
    modifier: person,
    isAssociated: null,
  };
}

/** A group as a user's list shows it (`GET /users/{id}/groups`). */
export function userGroupJson(group: Group, userGroup: UserGroup) {
  return { id: group.id, name: group.name, helpCenterId: group.helpCenterId, logoUrl: group.logoUrl, status: group.status, addedTime: userGroup.addedTime };
}

export function userJson(org: Org, membership: Membership) {
  const contact = org.contacts.find((candidate) => candidate.id === membership.contactId);
  const primary = org.userLabels.find((userLabel) => userLabel.userId === membership.userId && userLabel.isPrimary);
  const label = primary ? org.labels.find((candidate) => candidate.id === primary.labelId) : undefined;
  const name = [contact?.firstName, contact?.lastName].filter(Boolean).join(' ').slice(0, 100);
  return {
    id: membership.userId,
    name,
    photoUrl: null,
    contactId: membership.contactId,
    email: contact?.email ? [{ emailAddress: contact.email, isPrimary: true, isVerified: membership.userStatus === 'ACTIVE' }] : [],
    label: label ? labelBase(label) : null,
    lastAccessedTime: null,
    status: membership.userStatus,
    userType: 'ENDUSER',
  };
}

export type { World };
