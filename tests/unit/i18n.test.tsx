// @vitest-environment happy-dom
// The catalogues in public/_locales: every translation (German so far) has exactly the English keys and placeholders, nothing is empty,
// every key is used and every t() call passes as many substitutions as its message has placeholders. Then the
// panel once in German, through the same getMessage rules the component tests use for English.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO } from '@/fake-zoho/worlds';
import { LOADED, usePanelOnFake } from '@/tests/support/panel-on-fake';
import { settled } from '@/tests/support/render-panel';
import { USER_SET_WORDS } from '@/components/common/user-set-words';
import { getMessage, messageFrom, type Catalogue } from './i18n-setup';

const root = path.resolve(import.meta.dirname, '../..');
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(path.join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Catalogue;
const languages = readdirSync(path.join(root, 'public/_locales')).sort();
const catalogues = Object.fromEntries(languages.map((lang) => [lang, catalogue(lang)]));
const en = catalogues.en!;
const de = catalogues.de!;

/** The named placeholders a message uses, lower-cased ($NAME$ and $name$ are the same to the browser). */
const used = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
const declared = (entry: Catalogue[string]) =>
  Object.entries(entry.placeholders ?? {})
    .map(([name, { content }]) => `${name.toLowerCase()}=${content}`)
    .sort();

const translations = languages.filter((lang) => lang !== 'en');

describe('the catalogues', () => {
  it('are English and at least German', () => {
    expect(languages).toContain('en');
    expect(languages).toContain('de');
  });

  it.each(translations)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(catalogues[lang]!).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: same placeholders in every language, all used, none empty', (key) => {
    const english = en[key]!;
    expect(english.message.trim(), 'English message').not.toBe('');
    expect(english.description?.trim(), 'description for translators').toBeTruthy();
    // Placeholders are named and numbered $1, $2, … in order; messages never use a bare $1.
    expect(Object.values(english.placeholders ?? {}).map((p) => p.content)).toEqual(
      Object.keys(english.placeholders ?? {}).map((_, index) => `$${index + 1}`),
    );
    for (const lang of languages) {
      const entry = catalogues[lang]![key];
      if (!entry) continue; // reported by the key test
      expect(entry.message.trim(), `${lang} message`).not.toBe('');
      expect(declared(entry), `${lang} placeholders`).toEqual(declared(english));
      expect(used(entry.message), `${lang} placeholders used`).toEqual(
        Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort(),
      );
      expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''), `${lang}: a $ outside a named placeholder`).not.toMatch(/\$/);
    }
  });
});

/** Source files that can call t(). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}
const code = ['components', 'entrypoints', 'lib'].flatMap((dir) => sources(path.join(root, dir)));

/** Every `t('key', …)` call with the number of its arguments after the key (top-level commas). */
function calls(text: string): Array<{ key: string; substitutions: number; at: string }> {
  const found: Array<{ key: string; substitutions: number; at: string }> = [];
  for (const match of text.matchAll(/\bt\('(\w+)'/g)) {
    let depth = 0;
    let commas = 0;
    let quote: string | null = null;
    for (let i = match.index! + 2; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) commas++;
    }
    found.push({ key: match[1]!, substitutions: commas, at: text.slice(match.index!, match.index! + 60) });
  }
  return found;
}

describe('the code', () => {
  const everything = code.map((file) => readFileSync(file, 'utf8')).join('\n');
  const manifest = readFileSync(path.join(root, 'wxt.config.ts'), 'utf8');

  // A user's set section names its words by a prefix (components/common/user-set-words.ts).
  const prefixes = [...everything.matchAll(/\bwords: '([A-Za-z]+)'/g)].map((match) => match[1]!);
  const setKeys = prefixes.flatMap((prefix) => Object.keys(USER_SET_WORDS).map((word) => `${prefix}${word}`));

  it('uses every key (in t(), a key table, a user set section\'s prefix, or the manifest)', () => {
    expect(prefixes.length).toBeGreaterThan(1);
    const unused = Object.keys(en).filter(
      (key) => !everything.includes(`'${key}'`) && !setKeys.includes(key) && !manifest.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });

  it('has every word of each user set section, taking as many names as it is given', () => {
    const wrong = prefixes.flatMap((prefix) =>
      Object.entries(USER_SET_WORDS)
        .filter(([word, names]) => Object.keys(en[`${prefix}${word}`]?.placeholders ?? {}).length !== names || !en[`${prefix}${word}`])
        .map(([word]) => `${prefix}${word}`),
    );
    expect(wrong).toEqual([]);
  });

  it('passes as many substitutions as the message has placeholders', () => {
    const found = calls(everything);
    expect(found.length).toBeGreaterThan(100);
    const wrong = found.filter(({ key, substitutions }) => substitutions !== Object.keys(en[key]?.placeholders ?? {}).length);
    expect(wrong).toEqual([]);
  });
});

describe('the panel in German', () => {
  const { renderOnFake } = usePanelOnFake();
  const german = (name: string, substitutions?: string | string[]) => messageFrom(de, name, substitutions);
  afterEach(() => {
    fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  });

  it('reads German words under the same landmark name', async () => {
    fakeBrowser.i18n.getMessage = german as typeof fakeBrowser.i18n.getMessage;
    renderOnFake(DEMO.contacts.pending);
    const panel = screen.getByRole('complementary', { name: 'Desk Companion' });
    expect(panel.getAttribute('lang')).toBe('de');
    for (const name of ['Hilfecenter', 'Abzeichen', 'Labels', 'Duplikate']) await settled(name, LOADED);
    expect(screen.getByRole('button', { name: 'Desk Companion einklappen' })).toBeTruthy();
    expect(screen.getByText('Genehmigung ausstehend')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Genehmigen in ./ }).textContent).toBe('Genehmigen');
    expect(screen.getAllByRole('combobox', { name: 'Zu verleihendes Abzeichen' }).length).toBeGreaterThan(0);
  });
});
