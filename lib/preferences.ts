import { storage } from '@wxt-dev/storage';

// UI preferences live in storage.sync: they follow the agent across machines, and unlike storage.local
// (locked to trusted contexts because it holds the refresh token) the content script may read them.
export const panelCollapsed = storage.defineItem<boolean>('sync:panelCollapsed', { fallback: false });
