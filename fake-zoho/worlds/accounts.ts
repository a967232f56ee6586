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

type MakeContact = (id: string, fields: Partial<Contact> & { lastName: string }, index: number) => Contact;
type Member = (contactId: string, helpCenterId: string, userStatus: string) => void;

export function acmeAccounts(makeContact: MakeContact, member: Member): { accounts: Account[]; contacts: Contact[] } {
  const accounts: Account[] = [
    { id: ACME.accounts.onboarding, accountName: 'Initech Industries', website: 'https://initech.example' },
    { id: ACME.accounts.empty, accountName: 'Vandelay Imports', website: null },
  ];
  const contacts: Contact[] = [];
  for (let n = 1; n <= ONBOARDING_SIZE; n++) {
    const id = onboardingContactId(n);
    const number = String(n).padStart(3, '0');
    contacts.push(
      makeContact(
        id,
        {
          firstName: FIRST_NAMES[n % FIRST_NAMES.length]!,
          lastName: `Initech ${number}`,
          email: onboardingCase.noEmail(n) ? null : `person${number}@initech.example`,
          accountId: ACME.accounts.onboarding,
          ...(onboardingCase.refused(n) ? { emailBlocked: true } : {}),
        },
        100 + n,
      ),
    );
    if (onboardingCase.activeInMain(n)) member(id, ACME.helpCenters.main, 'ACTIVE');
    if (onboardingCase.invitedInMain(n)) member(id, ACME.helpCenters.main, 'INVITED');
    if (onboardingCase.activeInPartners(n)) member(id, ACME.helpCenters.partners, 'ACTIVE');
  }
  return { accounts, contacts };
}
