// Every key the extension stores, with its area, named once: the background's storage items and the options
// page's change listener must agree on them.

export const STORAGE_KEYS = {
  access: 'session:zohoAccess',
  grant: 'local:zohoGrant',
  client: 'local:zohoClient',
  diagnostics: 'session:diagnostics',
  customDomains: 'local:customDeskDomains',
  accountRuns: 'local:accountRuns',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** Whether a storage.onChanged event (its changes and area) touches `key`. */
export function touches(key: StorageKey, changes: Record<string, unknown>, area: string): boolean {
  const [keyArea, name] = key.split(':') as [string, string];
  return area === keyArea && name in changes;
}
