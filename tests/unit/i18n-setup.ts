// fake-browser has no i18n: answer getMessage from the English catalogue with Chrome's placeholder rules, so
// component tests read the same words an agent does.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';

export type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
export type Catalogue = Record<string, Entry>;

/**
 * Chrome's rules: named placeholders ($NAME$, case-insensitive) become their content when the catalogue loads;
 * then one pass over the message turns $1…$9 into the substitutions and $$ into $. A substitution is never
 * read again, so a name like "$1 $$" stays as it is.
 */
export function messageFrom(catalogue: Catalogue, name: string, substitutions?: string | string[]): string {
  const entry = catalogue[name];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const format = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, placeholder: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === placeholder.toLowerCase());
    return found ? found[1].content : whole;
  });
  return format.replace(/\$(\$+|[1-9])/g, (_, token: string) => (token.startsWith('$') ? token : (values[Number(token) - 1] ?? '')));
}

export function getMessage(name: string, substitutions?: string | string[]): string {
  return messageFrom(english as Catalogue, name, substitutions);
}

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
