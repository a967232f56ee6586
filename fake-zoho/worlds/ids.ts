// Well-known ids of the "default" world, shared by its generator and by DEMO. Zoho ids are 64-bit integers;
// we keep them as digit strings. Prefixes: 1892… acme (us), 1893… globex (us), 2007… eurocorp (eu),
// 6001… indiaco (in).

export const ACME = {
  orgId: '649285513',
  portal: 'acme',
  department: { id: '1892000000006907', name: 'Support', slug: 'support' },
  billingDepartment: { id: '1892000000082069', name: 'Billing' },
  helpCenters: {
    main: '1892000000100001',
    partners: '1892000000100002',
    developers: '1892000000100003',
    legacyDisabled: '1892000000100004',
    rtl: '1892000000100005',
  },
  contacts: {
    pending: '1892000000042001',
    active: '1892000000042002',
    invited: '1892000000042003',
    deactivated: '1892000000042004',
    notMember: '1892000000042005',
    noEmail: '1892000000042006',
    oddStatus: '1892000000042007',
    withDuplicates: '1892000000042008',
    duplicateByEmail: '1892000000042009',
    duplicateByPhone: '1892000000042010',
    helpCenterUserDuplicate: '1892000000042011',
    helpCenterUser: '1892000000042012',
    multiUser: '1892000000042013',
    hostile: '1892000000042014',
    longName: '1892000000042015',
    rtl: '1892000000042016',
    pendingTwice: '1892000000042017',
    disabledHelpCenterOnly: '1892000000042018',
    manyBadges: '1892000000042019',
    noFirstName: '1892000000042020',
    emoji: '1892000000042021',
    inactiveInOne: '1892000000042022',
    /** One help-center user (one userId) in two help centers, ACTIVE in one and DISABLED in the other. */
    sharedUser: '1892000000042023',
  },
  /** Help-center user groups (who may read which knowledge-base content); each belongs to one help center. */
  groups: {
    /** Main's first group; Main has 55 (its catalogue takes two pages of 50). */
    mainFirst: '1892000000800001',
    partnersResellers: '1892000000800101',
    partnersGold: '1892000000800102',
    partnersEmpty: '1892000000800103',
    developersBeta: '1892000000800201',
  },
  /** Ticket ids by requester; `restricted` lives in a department the agent's role cannot see. */
  tickets: {
    ofPending: '1892000000700001',
    ofActive: '1892000000700002',
    ofPendingTwice: '1892000000700003',
    restricted: '1892000000700004',
    /** No ticket has this id. */
    missing: '1892000000799999',
  },
  /** Companies (Desk "accounts"); their contacts are numbered from 1892000000043001 (see accounts.ts). */
  accounts: {
    /** 250 contacts: three pages of the account's contact list. */
    onboarding: '1892000000710001',
    /** No contacts: Desk answers 204. */
    empty: '1892000000710002',
    /** 251 contacts leaving (offboarding.ts), numbered from 1892000000044001. */
    offboarding: '1892000000710003',
  },
} as const;

export const GLOBEX = {
  orgId: '649285987',
  portal: 'globex',
  department: { id: '1893000000006001', name: 'Support', slug: 'support' },
  helpCenters: { main: '1893000000100001', beta: '1893000000100002' },
  contacts: { active: '1893000000042001', notMember: '1893000000042002', pending: '1893000000042003' },
} as const;

export const EUROCORP = {
  orgId: '20079876543',
  portal: 'eurocorp',
  department: { id: '2007000000006001', name: 'Kundendienst', slug: 'kundendienst' },
  helpCenters: { main: '2007000000100001' },
  contacts: { member: '2007000000042001', notMember: '2007000000042002', pending: '2007000000042003' },
} as const;

export const INDIACO = {
  orgId: '60012345678',
  portal: 'indiaco',
  department: { id: '6001000000006001', name: 'Support', slug: 'support' },
  helpCenters: { main: '6001000000100001' },
  contacts: { member: '6001000000042001', notMember: '6001000000042002', pending: '6001000000042003' },
} as const;

export const AGENTS = {
  acme: 'agent@acme.example',
  globexOnly: 'agent@globex.example',
  eurocorp: 'agent@eurocorp.example',
  indiaco: 'agent@indiaco.example',
} as const;
