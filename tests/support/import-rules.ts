import path from 'node:path';

// The layering rules, as a pure function over file contents so a test can show each rule fire on a made-up
// file as well as hold on the real tree.

/** What the extension ships is built from these folders; everything else is development only. */
export const PRODUCTION = ['lib', 'components', 'entrypoints'];

const DEV_ONLY_FOLDERS = ['tests/', 'fake-zoho/', 'scripts/', 'tooling/'];
const DEV_ONLY_PACKAGES = /^(vitest|@testing-library\/|wxt\/testing|fast-check|fake-indexeddb|happy-dom|playwright-core|puppeteer-core|node:)/;
/** Component folders every feature may use; the panel itself composes the features. */
const SHARED_COMPONENTS = new Set(['common', 'ContactData']);

export const isTestFile = (file: string) => /\.test\.tsx?$/.test(file);

/** Every module specifier a TypeScript source names (static imports, re-exports, dynamic imports). */
export function importsOf(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return [...new Set(specifiers)];
}

/** A specifier as a repository-relative path, or null for a package. */
export function resolveImport(file: string, specifier: string): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  const aliased = /^(@|~|@@|~~)\//.exec(bare);
  if (aliased) return path.posix.normalize(bare.slice(aliased[0].length));
  if (bare.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), bare));
  return null;
}

const under = (target: string, folder: string) => target === folder || target.startsWith(`${folder}/`);

/** The rules a production file's imports break, as "file → specifier: why" lines. */
export function layerViolations(file: string, source: string): string[] {
  if (!PRODUCTION.some((folder) => under(file, folder)) || isTestFile(file)) return [];
  const found: string[] = [];
  for (const specifier of importsOf(source)) {
    const target = resolveImport(file, specifier);
    const why = target === null ? packageRule(specifier) : pathRule(file, target);
    if (why) found.push(`${file} → ${specifier}: ${why}`);
  }
  return found;
}

function packageRule(specifier: string): string | null {
  return DEV_ONLY_PACKAGES.test(specifier) ? 'a development-only package in shipped code' : null;
}

function pathRule(file: string, target: string): string | null {
  if (target.startsWith('..')) return 'outside the repository';
  if (DEV_ONLY_FOLDERS.some((folder) => target.startsWith(folder))) return 'test support, the fake Zoho or tooling in shipped code';
  if ((under(file, 'lib/zoho') || under(file, 'lib/auth')) && (under(target, 'lib/messages/router') || under(target, 'lib/background'))) {
    return 'the Zoho client and sign-in sit below the message router and the background';
  }
  const from = /^components\/([^/]+)\//.exec(file)?.[1];
  const to = /^components\/([^/]+)\//.exec(target)?.[1];
  if (from && to && from !== to && from !== 'Panel' && !SHARED_COMPONENTS.has(to)) {
    return `one feature component imports another (${to}); shared parts belong in components/common`;
  }
  return null;
}
