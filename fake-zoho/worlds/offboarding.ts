// Acme's company that leaves (account offboarding) and joins the partner programme (add everyone to a group): 251
// contacts, so its list takes three pages of 100 and one contact is alone on the last, with every case a bulk
// deactivation meets: active users of Main, users already deactivated, invitations still open (not users yet),
// contacts with no user there or no email at all, users who are members of Partners too under the same user id
// (they keep that membership), and one user Zoho refuses to deactivate, with its reason.
import { ACME } from './ids';
import { numberedStaff, type MakeContact } from './accounts';
import type { Contact } from './world';

export const OFFBOARDING_SIZE = 251;
const FIRST_SERIAL = 44001;
const FIRST_NAMES = ['Kai', 'Lena', 'Mateo', 'Nia', 'Omar', 'Paula', 'Quinn', 'Rosa', 'Sven', 'Tomás'];

/** Why Zoho refuses to deactivate offboardingCase.refused's user (the fake answers 422 with it). */
export const REFUSED_REASON = 'This user moderates a help-center community and cannot be deactivated until another moderator is named.';

/** Which contacts of the offboarding account are what in Main (and Partners), by their 1-based number in it. */
export const offboardingCase = {
  noEmail: (n: number) => n % 25 === 0,
  activeInMain: (n: number) => n % 25 !== 0 && n % 3 !== 0 && n % 8 !== 0,
  disabledInMain: (n: number) => n % 25 !== 0 && n % 3 === 0 && n % 2 === 0,
  invitedInMain: (n: number) => n % 25 !== 0 && n % 3 === 0 && n % 2 !== 0 && n % 9 === 0,
  /** Members of Partners too, under the same user id as in Main. */
  sharedWithPartners: (n: number) => n === 1 || n === 101 || n === 202,
  refused: (n: number) => n === 77,
  /** Users of Main already in its "Beta programme" group: adding everyone skips them. */
  inBeta: (n: number) => n % 25 !== 0 && n % 3 !== 0 && n % 8 !== 0 && n % 4 === 1,
};

export const offboardingContactId = (n: number) => `1892000000${String(FIRST_SERIAL + n - 1).padStart(6, '0')}`;

/** Adds a user; with `userId`, that user joins one more help center. */
type Member = (contactId: string, helpCenterId: string, userStatus: string, userId?: string, refuseDeactivation?: string) => string;

export function offboardingAccount(makeContact: MakeContact, member: Member): Contact[] {
  const c = offboardingCase;
  return numberedStaff(makeContact, {
    size: OFFBOARDING_SIZE,
    idOf: offboardingContactId,
    firstNames: FIRST_NAMES,
    company: 'Hooli',
    mailbox: (number) => `staff${number}@hooli.example`,
    accountId: ACME.accounts.offboarding,
    index: 400,
    hasEmail: (n) => !c.noEmail(n),
    each: (n, id) => {
      const reason = c.refused(n) ? REFUSED_REASON : undefined;
      if (c.activeInMain(n)) {
        const userId = member(id, ACME.helpCenters.main, 'ACTIVE', undefined, reason);
        if (c.sharedWithPartners(n)) member(id, ACME.helpCenters.partners, 'ACTIVE', userId);
      }
      if (c.disabledInMain(n)) member(id, ACME.helpCenters.main, 'DISABLED');
      if (c.invitedInMain(n)) member(id, ACME.helpCenters.main, 'INVITED');
    },
  });
}
