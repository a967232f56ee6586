import { browser } from 'wxt/browser';
import type { DataCenterId } from './data-centers';
import type messages from '../public/_locales/en/messages.json';

// Every string an agent reads goes through the browser's i18n: the catalogues live in public/_locales (English is
// the source; any other language falls back to it key by key), which also keeps them out of the content
// script's bundle. The key type comes from the English catalogue, so a typo is a compile error.

export type MessageKey = keyof typeof messages;

/**
 * The message for `key` in the browser's language; `substitutions` fill the message's named placeholders in
 * the order of their contents ($1, $2, …). Never call it at module load: keep keys in constants, words at render.
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

const DATA_CENTER_NAMES: Record<DataCenterId, MessageKey> = {
  us: 'optDcUs',
  eu: 'optDcEu',
  in: 'optDcIn',
  au: 'optDcAu',
  jp: 'optDcJp',
  cn: 'optDcCn',
  sa: 'optDcSa',
  ca: 'optDcCa',
};

/** A Zoho data center's name in the browser's language ("Europe"), or undefined for an id that is not one. */
export function dataCenterName(dataCenter: string): string | undefined {
  return Object.hasOwn(DATA_CENTER_NAMES, dataCenter) ? t(DATA_CENTER_NAMES[dataCenter as DataCenterId]) : undefined;
}
