// Writes default.json: `npx tsx fake-zoho/worlds/generate.ts`. The JSON is committed; nothing generates at run
// time. Deterministic: same output on every run, so diffs show real changes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { acmeAccounts, onboardingCase, onboardingContactId, ONBOARDING_SIZE } from './accounts';
import { offboardingAccount, offboardingCase, offboardingContactId, OFFBOARDING_SIZE } from './offboarding';
import { ACME, AGENTS, EUROCORP, GLOBEX, INDIACO } from './ids';
import type { Badge, Contact, Group, HelpCenter, Label, Membership, Org, Ticket, UserBadge, UserGroup, UserLabel, World } from './world';

const T0 = Date.UTC(2024, 0, 15, 9, 30, 0);
const time = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function contact(id: string, fields: Partial<Contact> & { lastName: string }, index: number): Contact {
  return {
    id,
    firstName: null,
    email: null,
    secondaryEmail: null,
    phone: null,
    mobile: null,
    accountId: null,
    ownerId: null,
    type: null,
    title: null,
    street: null,
    city: null,
    state: null,
    country: null,
    zip: null,
    description: null,
    twitter: null,
    facebook: null,
    createdTime: time(index * 60),
    modifiedTime: time(index * 60 + 30),
    ...fields,
  };
}

function helpCenter(id: string, name: string, host: string, departmentIds: string[], extra: Partial<HelpCenter> = {}): HelpCenter {
  return { id, name, url: `https://${host}/portal/en/home`, status: 'ACTIVE', departmentIds, isDefault: false, primaryLocale: 'en', ...extra };
}

/** Ids inside an org: `<prefix><kind><serial>` with a fixed width, e.g. 1892 000000 3 00001. */
const idOf = (prefix: string, kind: number, serial: number) => `${prefix}000000${kind}${String(serial).padStart(5, '0')}`;

function label(prefix: string, serial: number, helpCenterId: string, name: string, bgColor = '#1f6feb', logoUrl: string | null = null): Label {
  return {
    id: idOf(prefix, 6, serial),
    helpCenterId,
    name,
    logoUrl,
    bgColor,
    textColor: '#ffffff',
    shape: serial % 2 === 0 ? 'RECTANGLE' : 'ROUNDED',
    createdTime: time(serial),
    modifiedTime: time(serial + 5),
  };
}

function badge(prefix: string, serial: number, name: string, isCustom: boolean, host: string, description: string | null = null): Badge {
  return { id: idOf(prefix, 5, serial), name, description, iconUrl: `https://${host}/badges/${serial}.png`, isCustom };
}

function group(id: string, helpCenterId: string, name: string, serial: number, description: string | null = null): Group {
  return { id, helpCenterId, name, description, logoUrl: null, status: 'ACTIVE', createdTime: time(serial), modifiedTime: time(serial + 5) };
}

/** Main has more groups than one page of 50; Partners and Developers a few (one of Partners' has no members). */
function acmeGroups(): Group[] {
  const g = ACME.groups;
  const h = ACME.helpCenters;
  const named = ['Premium customers', 'Beta programme', 'Initech staff', '<img src=x onerror=alert("group")>', 'Ünïcødé ✓ Gruppe'];
  const groups = named.map((name, index) => group(idOf('1892', 8, index + 1), h.main, name, 5000 + index));
  for (let n = named.length + 1; n <= 55; n++) {
    groups.push(group(idOf('1892', 8, n), h.main, `Knowledge circle ${String(n).padStart(2, '0')}`, 5000 + n, `Articles for circle ${n}`));
  }
  groups.push(
    group(g.partnersResellers, h.partners, 'Resellers', 5101, 'Price lists and deal registration'),
    group(g.partnersGold, h.partners, 'Gold partners', 5102),
    group(g.partnersEmpty, h.partners, 'Distributors', 5103),
    group(g.developersBeta, h.developers, 'SDK beta', 5201, 'Pre-release SDK documentation'),
  );
  return groups;
}

function acme(): Org {
  const c = ACME.contacts;
  const h = ACME.helpCenters;
  const dept = ACME.department.id;
  const host = 'help.acme.example';
  const contacts: Contact[] = [
    contact(c.pending, { firstName: 'Priya', lastName: 'Pending', email: 'priya.pending@customer.example', phone: '+1 555 0101', city: 'Austin', country: 'USA' }, 1),
    contact(c.active, { firstName: 'Alan', lastName: 'Active', email: 'alan.active@customer.example', mobile: '+1 555 0102' }, 2),
    contact(c.invited, { firstName: 'Irene', lastName: 'Invited', email: 'irene.invited@customer.example' }, 3),
    contact(c.deactivated, { firstName: 'Derek', lastName: 'Deactivated', email: 'derek.deactivated@customer.example' }, 4),
    contact(c.notMember, { firstName: 'Nora', lastName: 'Nomember', email: 'nora.nomember@customer.example', phone: '+1 555 0105' }, 5),
    contact(c.noEmail, { firstName: 'Ned', lastName: 'Noemail', phone: '+1 555 0106' }, 6),
    contact(c.oddStatus, { firstName: 'Otto', lastName: 'Oddstatus', email: 'otto.odd@customer.example' }, 7),
    contact(c.withDuplicates, { firstName: 'Dana', lastName: 'Duplicate', email: 'dana@customer.example', phone: '+1 555 0142', title: 'CTO', city: 'Denver' }, 8),
    contact(c.duplicateByEmail, { firstName: 'Dana', lastName: 'D.', email: 'dana@customer.example', phone: '+1 555 0199', street: '1 Main St' }, 9),
    contact(c.duplicateByPhone, { firstName: 'Daniel', lastName: 'Duplicate', email: 'daniel@customer.example', phone: '+1 555 0142' }, 10),
    contact(c.helpCenterUserDuplicate, { firstName: 'Hank', lastName: 'Copy', email: 'hank@customer.example' }, 11),
    contact(c.helpCenterUser, { firstName: 'Hank', lastName: 'Helpcenter', email: 'hank@customer.example' }, 12),
    contact(c.multiUser, { firstName: 'Maria', lastName: 'Multi', email: 'maria.multi@customer.example' }, 13),
    contact(c.hostile, { firstName: '<img src=x onerror=alert(1)>', lastName: '"><script>alert(2)</script>', email: 'hostile@customer.example', description: '<iframe src="javascript:alert(3)"></iframe>' }, 14),
    contact(c.longName, { firstName: 'Bartholomew-Maximilian Alexandros Ii', lastName: `Featherstonehaugh-${'Wolfeschlegelsteinhausenbergerdorff'.repeat(5)}`.slice(0, 200), email: 'long.name@customer.example' }, 15),
    contact(c.rtl, { firstName: 'مريم', lastName: 'العبدالله', email: 'maryam@customer.example', country: 'الإمارات' }, 16),
    contact(c.pendingTwice, { firstName: 'Paul', lastName: 'Pendingtwice', email: 'paul.pending@customer.example' }, 17),
    contact(c.disabledHelpCenterOnly, { firstName: 'Lena', lastName: 'Legacy', email: 'lena.legacy@customer.example' }, 18),
    contact(c.manyBadges, { firstName: 'Bea', lastName: 'Badgecollector', email: 'bea.badges@customer.example' }, 19),
    contact(c.noFirstName, { lastName: 'Nofirstname', email: 'nofirst@customer.example' }, 20),
    contact(c.emoji, { firstName: 'Zoë 🚀', lastName: 'Ångström 日本', email: 'zoe@customer.example' }, 21),
    contact(c.inactiveInOne, { firstName: 'Ivan', lastName: 'Inactiveinone', email: 'ivan@customer.example' }, 22),
    contact(c.sharedUser, { firstName: 'Sam', lastName: 'Shared', email: 'sam.shared@customer.example' }, 23),
  ];

  const helpCenters: HelpCenter[] = [
    helpCenter(h.main, 'Acme Help Center', host, [dept], { isDefault: true }),
    helpCenter(h.partners, 'Acme Partners', 'partners.acme.example', [dept]),
    helpCenter(h.developers, 'Acme Developers', 'developers.acme.example', [dept, ACME.billingDepartment.id]),
    helpCenter(h.legacyDisabled, 'Acme Legacy', 'legacy.acme.example', [dept], { status: 'DISABLED' }),
    helpCenter(h.rtl, 'مركز مساعدة أكمي', 'ar.acme.example', [dept], { primaryLocale: 'ar' }),
  ];
  // Enough more that listing them at limit=50 takes two pages (60 in all); every 9th is disabled.
  for (let n = 6; n <= 60; n++) {
    const name = `Acme Regional Portal ${String(n).padStart(2, '0')}`;
    helpCenters.push(helpCenter(idOf('1892', 1, n), name, `region${n}.acme.example`, [dept], { status: n % 9 === 0 ? 'DISABLED' : 'ACTIVE' }));
  }

  let userSerial = 0;
  const memberships: Membership[] = [];
  const member = (contactId: string, helpCenterId: string, userStatus: string, sameUserAs?: string, refuseDeactivation?: string) => {
    const userId = sameUserAs ?? idOf('1892', 3, ++userSerial);
    memberships.push({ contactId, helpCenterId, userId, userStatus, ...(refuseDeactivation ? { refuseDeactivation } : {}) });
    return userId;
  };
  const pendingMain = member(c.pending, h.main, 'PENDING');
  const pendingPartners = member(c.pending, h.partners, 'ACTIVE');
  const activeMain = member(c.active, h.main, 'ACTIVE');
  member(c.invited, h.main, 'INVITED');
  member(c.deactivated, h.main, 'DISABLED');
  member(c.oddStatus, h.main, 'AWAITING_VERIFICATION');
  member(c.helpCenterUser, h.main, 'ACTIVE');
  const multiMain = member(c.multiUser, h.main, 'ACTIVE');
  const multiDevelopers = member(c.multiUser, h.developers, 'ACTIVE');
  member(c.multiUser, h.legacyDisabled, 'DISABLED');
  const hostileMain = member(c.hostile, h.main, 'ACTIVE');
  member(c.longName, h.main, 'ACTIVE');
  member(c.rtl, h.rtl, 'PENDING');
  member(c.pendingTwice, h.main, 'PENDING');
  member(c.pendingTwice, h.partners, 'PENDING');
  member(c.disabledHelpCenterOnly, h.legacyDisabled, 'ACTIVE');
  const collector = member(c.manyBadges, h.main, 'ACTIVE');
  member(c.noFirstName, h.main, 'INVITED');
  member(c.emoji, h.partners, 'ACTIVE');
  member(c.inactiveInOne, h.main, 'ACTIVE');
  member(c.inactiveInOne, h.partners, 'DISABLED');
  // After every named contact's users, so their user ids stay what tests know them as.
  const { accounts, contacts: accountContacts } = acmeAccounts(contact, member);
  contacts.push(...accountContacts);
  // One userId in two help centers, as in Zoho's own example; after the accounts' users so no known id moves.
  const shared = member(c.sharedUser, h.main, 'ACTIVE');
  memberships.push({ contactId: c.sharedUser, helpCenterId: h.partners, userId: shared, userStatus: 'DISABLED' });
  const userOf = (contactId: string, helpCenterId: string) =>
    memberships.find((m) => m.contactId === contactId && m.helpCenterId === helpCenterId)!.userId;
  // The leaving company's users after every other, so no id above moves.
  contacts.push(...offboardingAccount(contact, member));
  accounts.push({ id: ACME.accounts.offboarding, accountName: 'Hooli Partners', website: 'https://hooli.example' });

  const badges: Badge[] = [
    badge('1892', 1, 'Rising Star', false, host, 'Posted a first helpful answer'),
    badge('1892', 2, 'Top Contributor', false, host, 'Most answers this month'),
    badge('1892', 3, 'Beta Pioneer', true, host, 'Joined the beta programme'),
    badge('1892', 4, '<img src=x onerror=alert("badge")>', true, host, '<b>bold</b> & "quoted"'),
    badge('1892', 5, 'Ünïcødé ✓ Ħero', true, host, null),
  ];
  for (let n = 6; n <= 60; n++) badges.push(badge('1892', n, `Milestone ${n}`, n % 3 === 0, host, `Reached milestone ${n}`));

  const userBadges: UserBadge[] = [
    { userId: pendingPartners, badgeId: badges[0]!.id, createdTime: time(1000) },
    { userId: pendingPartners, badgeId: badges[2]!.id, createdTime: time(1001) },
    { userId: pendingMain, badgeId: badges[1]!.id, createdTime: time(1002) },
    { userId: activeMain, badgeId: badges[0]!.id, createdTime: time(1003) },
    { userId: multiMain, badgeId: badges[1]!.id, createdTime: time(1004) },
    { userId: multiDevelopers, badgeId: badges[4]!.id, createdTime: time(1005) },
    { userId: hostileMain, badgeId: badges[3]!.id, createdTime: time(1006) },
    { userId: shared, badgeId: badges[1]!.id, createdTime: time(1007) },
  ];
  for (let n = 0; n < 55; n++) userBadges.push({ userId: collector, badgeId: badges[n]!.id, createdTime: time(2000 + n) });

  const labels: Label[] = [
    label('1892', 1, h.main, 'VIP', '#d29922'),
    label('1892', 2, h.main, 'Beta tester', '#2da44e', `https://${host}/labels/beta.png`),
    label('1892', 3, h.main, 'Partner', '#8250df'),
    label('1892', 4, h.main, '"><svg onload=alert(4)>', '#cf222e'),
    label('1892', 5, h.main, 'Ünïcødé ✓ عربى', '#0969da'),
    label('1892', 6, h.partners, 'Gold partner', '#bf8700'),
    label('1892', 7, h.partners, 'Reseller', '#1a7f37'),
    label('1892', 8, h.partners, 'Onboarding', '#57606a'),
    label('1892', 9, h.developers, 'API early access', '#0550ae'),
    label('1892', 10, h.developers, 'SDK maintainer', '#6639ba'),
  ];
  const userLabels: UserLabel[] = [
    { userId: pendingMain, labelId: labels[0]!.id, isPrimary: true, assignedTime: time(3000) },
    { userId: pendingPartners, labelId: labels[5]!.id, isPrimary: true, assignedTime: time(3001) },
    { userId: pendingPartners, labelId: labels[6]!.id, isPrimary: false, assignedTime: time(3002) },
    { userId: activeMain, labelId: labels[1]!.id, isPrimary: false, assignedTime: time(3003) },
    { userId: multiDevelopers, labelId: labels[8]!.id, isPrimary: true, assignedTime: time(3004) },
    { userId: hostileMain, labelId: labels[3]!.id, isPrimary: true, assignedTime: time(3005) },
    { userId: shared, labelId: labels[0]!.id, isPrimary: false, assignedTime: time(3006) },
    { userId: shared, labelId: labels[6]!.id, isPrimary: false, assignedTime: time(3007) },
  ];

  const groups = acmeGroups();
  const [premium, beta, initechStaff, hostileGroup] = groups;
  const g = ACME.groups;
  const inGroup = (userId: string, groupId: string, serial: number): UserGroup => ({ userId, groupId, addedTime: time(6000 + serial) });
  const userGroups: UserGroup[] = [
    inGroup(pendingMain, beta!.id, 1),
    inGroup(pendingPartners, g.partnersResellers, 2),
    inGroup(pendingPartners, g.partnersGold, 3),
    inGroup(activeMain, premium!.id, 4),
    inGroup(multiDevelopers, g.developersBeta, 5),
    inGroup(hostileMain, hostileGroup!.id, 6),
    inGroup(shared, premium!.id, 7),
    inGroup(shared, g.partnersGold, 8),
  ];
  // Every other Initech user active in Main is already in "Initech staff": adding the whole company skips them.
  for (let n = 1; n <= ONBOARDING_SIZE; n++) {
    if (onboardingCase.activeInMain(n) && n % 2 === 0) userGroups.push(inGroup(userOf(onboardingContactId(n), h.main), initechStaff!.id, 100 + n));
  }
  for (let n = 1; n <= OFFBOARDING_SIZE; n++) {
    if (offboardingCase.inBeta(n)) userGroups.push(inGroup(userOf(offboardingContactId(n), h.main), beta!.id, 400 + n));
  }

  const ticket = (id: string, serial: number, contactId: string, subject: string, departmentId: string = dept, restricted = false): Ticket => ({
    id,
    ticketNumber: String(100 + serial),
    subject,
    contactId,
    departmentId,
    status: 'Open',
    createdTime: time(4000 + serial * 60),
    modifiedTime: time(4000 + serial * 60 + 5),
    restricted,
  });
  const tickets: Ticket[] = [
    ticket(ACME.tickets.ofPending, 1, c.pending, 'I signed up for the partner portal but cannot log in'),
    ticket(ACME.tickets.ofActive, 2, c.active, 'Where is my invoice?'),
    ticket(ACME.tickets.ofPendingTwice, 3, c.pendingTwice, 'Still waiting for portal access'),
    ticket(ACME.tickets.restricted, 4, c.active, 'Refund request', ACME.billingDepartment.id, true),
  ];

  return {
    id: ACME.orgId,
    portalName: ACME.portal,
    companyName: 'Acme Corporation',
    dataCenter: 'us',
    edition: 'ENTERPRISE',
    accounts,
    departments: [
      { id: dept, name: ACME.department.name },
      { id: ACME.billingDepartment.id, name: ACME.billingDepartment.name },
    ],
    contacts,
    helpCenters,
    memberships,
    badges,
    userBadges,
    labels,
    userLabels,
    groups,
    userGroups,
    tickets,
  };
}

/** A small org: two or three contacts, one help center member with a badge and a label. */
function small(
  ids: typeof GLOBEX | typeof EUROCORP | typeof INDIACO,
  prefix: string,
  companyName: string,
  dataCenter: Org['dataCenter'],
  people: Array<[string, string, string]>,
): Org {
  const host = `help.${ids.portal}.example`;
  const helpCenterIds = Object.values(ids.helpCenters) as string[];
  const contactIds = Object.values(ids.contacts) as string[];
  const contacts = contactIds.map((id, index) =>
    contact(id, { firstName: people[index]![0], lastName: people[index]![1], email: people[index]![2] }, index + 1),
  );
  const helpCenters = helpCenterIds.map((id, index) =>
    helpCenter(id, index === 0 ? `${companyName} Help` : `${companyName} Beta`, index === 0 ? host : `beta.${host}`, [ids.department.id], { isDefault: index === 0 }),
  );
  const memberUser = idOf(prefix, 3, 1);
  const memberships: Membership[] = [
    { contactId: contactIds[0]!, helpCenterId: helpCenterIds[0]!, userId: memberUser, userStatus: 'ACTIVE' },
    { contactId: contactIds[2]!, helpCenterId: helpCenterIds[0]!, userId: idOf(prefix, 3, 2), userStatus: 'PENDING' },
  ];
  const badges = [badge(prefix, 1, 'Helpful', false, host, 'Gave a helpful answer'), badge(prefix, 2, 'Veteran', true, host, null)];
  const labels = [label(prefix, 1, helpCenterIds[0]!, 'Key account', '#0969da')];
  return {
    id: ids.orgId,
    portalName: ids.portal,
    companyName,
    dataCenter,
    edition: 'PROFESSIONAL',
    accounts: [],
    departments: [{ id: ids.department.id, name: ids.department.name }],
    contacts,
    helpCenters,
    memberships,
    badges,
    userBadges: [{ userId: memberUser, badgeId: badges[0]!.id, createdTime: time(100) }],
    labels,
    userLabels: [{ userId: memberUser, labelId: labels[0]!.id, isPrimary: true, assignedTime: time(200) }],
    groups: [group(idOf(prefix, 8, 1), helpCenterIds[0]!, 'Customers', 300)],
    userGroups: [],
    tickets: [],
  };
}

export function generateDefaultWorld(): World {
  return {
    name: 'default',
    agents: [
      { email: AGENTS.acme, dataCenter: 'us', orgIds: [ACME.orgId, GLOBEX.orgId] },
      { email: AGENTS.globexOnly, dataCenter: 'us', orgIds: [GLOBEX.orgId] },
      { email: AGENTS.eurocorp, dataCenter: 'eu', orgIds: [EUROCORP.orgId] },
      { email: AGENTS.indiaco, dataCenter: 'in', orgIds: [INDIACO.orgId] },
    ],
    orgs: [
      acme(),
      small(GLOBEX, '1893', 'Globex', 'us', [
        ['Gina', 'Globex', 'gina@globex-customer.example'],
        ['Gus', 'Nomember', 'gus@globex-customer.example'],
        ['Greta', 'Pending', 'greta@globex-customer.example'],
      ]),
      small(EUROCORP, '2007', 'Eurocorp', 'eu', [
        ['Élodie', 'Müller', 'elodie@eurocorp-customer.example'],
        ['Jürgen', 'Nomember', 'juergen@eurocorp-customer.example'],
        ['Søren', 'Pending', 'soren@eurocorp-customer.example'],
      ]),
      small(INDIACO, '6001', 'IndiaCo', 'in', [
        ['Ananya', 'Sharma', 'ananya@indiaco-customer.example'],
        ['Rahul', 'Nomember', 'rahul@indiaco-customer.example'],
        ['Priyanka', 'Pending', 'priyanka@indiaco-customer.example'],
      ]),
    ],
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, 'generate.ts')) {
  const target = path.join(import.meta.dirname, 'default.json');
  writeFileSync(target, `${JSON.stringify(generateDefaultWorld(), null, 2)}\n`);
  console.log(`Wrote ${target}`);
}
