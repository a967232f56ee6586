import { badges } from './badges';
import { groups } from './groups';
import { labels } from './labels';

// Every "user's set" section the extension has. A new one is a declaration file beside these and one entry
// here: the protocol's kinds, the background's handlers and the contact view's reads follow from this list.
export const userSets = [badges, labels, groups] as const;
