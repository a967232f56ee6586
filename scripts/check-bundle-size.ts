// What runs inside Desk's pages is a budget, checked after every build rather than noticed in a review: the
// content script on every Desk page, and the panel it has injected on contact pages (or on account pages). The
// 20 KB holds for the content script and its panel together, the strict reading of "content script ≤ 20 KB":
// both run in the same world of the page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 20 * 1024;
const root = path.resolve(import.meta.dirname, '..');
const outputs = path.join(root, '.output');
/** The scripts a build's manifest injects into pages, read from the manifest itself so none escapes the check. */
function manifestContentScripts(target: string): string[] {
  const manifestFile = path.join(outputs, target, 'manifest.json');
  if (!existsSync(manifestFile)) return [];
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
  return (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
}

// `check-bundle-size.ts chrome-mv3` checks the build just made; with no argument, every build in .output.
const requested = process.argv.slice(2);
const targets = existsSync(outputs)
  ? readdirSync(outputs).filter((dir) => (requested.length === 0 || requested.includes(dir)) && manifestContentScripts(dir).length > 0)
  : [];
if (targets.length === 0) {
  console.error('No build found in .output: run the build first.');
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
let over = false;
for (const target of targets) {
  const dir = path.join(outputs, target);
  const gzipped = (file: string) => gzipSync(readFileSync(path.join(dir, file))).length;
  const everyPage = manifestContentScripts(target);
  let shared = 0;
  for (const file of everyPage) {
    shared += gzipped(file);
    console.log(`${target}/${file}: ${kb(gzipped(file))} gzip (every Desk page)`);
  }
  // Each panel is injected on its own kind of page only: a page pays for the content script and its one panel.
  for (const [file, page] of [['panel.js', 'contact'], ['account-panel.js', 'account']] as const) {
    if (!existsSync(path.join(dir, file))) continue;
    const total = shared + gzipped(file);
    console.log(`${target}/${file}: ${kb(gzipped(file))} gzip (${page} pages, injected on demand)`);
    console.log(`${target}: ${total} bytes gzip in ${page === 'account' ? 'an' : 'a'} ${page} page in all, ${((total / BUDGET_BYTES) * 100).toFixed(1)}% of 20 KB`);
    if (total > BUDGET_BYTES) over = true;
  }
}
if (over) {
  console.error('What runs in a Desk contact or account page (content script and its panel) is over its 20 KB gzip budget.');
  process.exit(1);
}
