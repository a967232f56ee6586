/**
 * The words a "user's set" section says, each the suffix of a locale key after the section's prefix (`badge` →
 * `badgeTitle`), with how many names the message takes. The locale test checks every section's keys against it.
 */
export const USER_SET_WORDS = {
  Title: 0,
  /** The memberships could not be read: without them there is no user. */
  NeedsHelpCenters: 0,
  NoUser: 0,
  /** The remove button's visible text, and its accessible name with the item's name (starting with the text). */
  Remove: 0,
  RemoveName: 1,
  Add: 0,
  /** Adding one item, named in its errors. */
  AddName: 1,
  Select: 0,
  /** The picker's placeholder, chosen until the agent picks: nothing is added by a stray click. */
  Choose: 0,
  None: 0,
  NoneLeft: 0,
} as const;

export type UserSetWord = keyof typeof USER_SET_WORDS;
