// fake-browser has no i18n: answer getMessage from the English catalogue with Chrome's placeholder rules, so
// component tests read the same words an agent does.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = (english as Record<string, Entry>)[name];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, placeholder: string) => {
      const found = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === placeholder.toLowerCase());
      return found ? fill(found[1].content) : whole;
    })
    .replace(/\$\$/g, '$');
}

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
