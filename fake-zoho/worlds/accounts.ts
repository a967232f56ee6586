// Acme's companies for the account page: one large enough that its contact list takes three pages of 100, with
// every case a bulk invite meets (no email, already a user of the help center invited to or of another one, an
// invitation still open, an address the help centers refuse), and one with no contacts at all.
import { ACME } from './ids';
import type { Account, Contact } from './world';

export const ONBOARDING_SIZE = 250;
const FIRST_SERIAL = 43001;
const FIRST_NAMES = ['Ada', 'Ben', 'Chloé', 'Dev', 'Emeka', 'Fatima', 'Gösta', 'Hiro', 'Ines', 'Jamal'];

/** Which contacts of the onboarding account are what, by their 1-based number in it. */
export const onboardingCase = {
  noEmail: (n: number) => n % 10 === 0,
  refused: (n: number) => n === 123,
  activeInMain: (n: number) => n % 10 !== 0 && n % 7 === 0,
  invitedInMain: (n: number) => n % 10 !== 0 && n % 7 !== 0 && n % 50 === 25,
  activeInPartners: (n: number) => n % 10 !== 0 && n % 11 === 0,
};

export const onboardingContactId = (n: number) => `1892000000${String(FIRST_SERIAL + n - 1).padStart(6, '0')}`;

export type MakeContact = (id: string, fields: Partial<Contact> & { lastName: string }, index: number) => Contact;

/** A company's numbered staff ("<first name> <Company> 001", …), each with a mailbox unless `hasEmail` says no. */
export function numberedStaff(
  makeContact: MakeContact,
  staff: {
    size: number;
    idOf: (n: number) => string;
    firstNames: readonly string[];
    company: string;
    mailbox: (number: string) => string;
    accountId: string;
    /** Where the company's contacts start in the world's creation order. */
    index: number;
    hasEmail: (n: number) => boolean;
    fields?: (n: number) => Partial<Contact>;
    /** What else the n-th contact is (its help-center users). */
    each: (n: number, id: string) => void;
  },
): Contact[] {
  const contacts: Contact[] = [];
  for (let n = 1; n <= staff.size; n++) {
    const id = staff.idOf(n);
    const number = String(n).padStart(3, '0');
    const fields = {
      firstName: staff.firstNames[n % staff.firstNames.length]!,
      lastName: `${staff.company} ${number}`,
      email: staff.hasEmail(n) ? staff.mailbox(number) : null,
      accountId: staff.accountId,
      ...staff.fields?.(n),
    };
    contacts.push(makeContact(id, fields, staff.index + n));
    staff.each(n, id);
  }
  return contacts;
}
type Member = (contactId: string, helpCenterId: string, userStatus: string) => void;

export function acmeAccounts(makeContact: MakeContact, member: Member): { accounts: Account[]; contacts: Contact[] } {
  const accounts: Account[] = [
    { id: ACME.accounts.onboarding, accountName: 'Initech Industries', website: 'https://initech.example' },
    { id: ACME.accounts.empty, accountName: 'Vandelay Imports', website: null },
  ];
  const contacts = numberedStaff(makeContact, {
    size: ONBOARDING_SIZE,
    idOf: onboardingContactId,
    firstNames: FIRST_NAMES,
    company: 'Initech',
    mailbox: (number) => `person${number}@initech.example`,
    accountId: ACME.accounts.onboarding,
    index: 100,
    hasEmail: (n) => !onboardingCase.noEmail(n),
    fields: (n) => (onboardingCase.refused(n) ? { emailBlocked: true } : {}),
    each: (n, id) => {
      if (onboardingCase.activeInMain(n)) member(id, ACME.helpCenters.main, 'ACTIVE');
      if (onboardingCase.invitedInMain(n)) member(id, ACME.helpCenters.main, 'INVITED');
      if (onboardingCase.activeInPartners(n)) member(id, ACME.helpCenters.partners, 'ACTIVE');
    },
  });
  return { accounts, contacts };
}
