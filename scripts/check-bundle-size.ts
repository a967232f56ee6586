// Budgets, checked after every build rather than noticed in a review:
// - what runs inside a Desk contact page (or account page): the content script on every Desk page and the panel it
//   has injected on that kind of page only. The 20 KB holds for the two together, the strict reading of "content
//   script ≤ 20 KB": both run in the same world of the page;
// - the background, which the browser loads (and parses) again each time it wakes the service worker.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGE_BUDGET_BYTES = 20 * 1024;
const BACKGROUND_BUDGET_BYTES = 40 * 1024;
const root = path.resolve(import.meta.dirname, '..');
const outputs = path.join(root, '.output');

interface BuiltManifest {
  content_scripts?: Array<{ js?: string[] }>;
  background?: { service_worker?: string; scripts?: string[] };
}

function readManifest(target: string): BuiltManifest | null {
  const manifestFile = path.join(outputs, target, 'manifest.json');
  return existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as BuiltManifest) : null;
}

/** The scripts a build's manifest injects into pages, read from the manifest itself so none escapes the check. */
const contentScriptsOf = (manifest: BuiltManifest) => (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);

/** The background's scripts: Chrome's service worker (MV3) or Firefox's event page scripts (MV2). */
function backgroundScriptsOf(manifest: BuiltManifest): string[] {
  const { service_worker: worker, scripts = [] } = manifest.background ?? {};
  return worker ? [worker] : scripts;
}

// `check-bundle-size.ts chrome-mv3` checks the build just made; with no argument, every build in .output.
const requested = process.argv.slice(2);
const targets = existsSync(outputs)
  ? readdirSync(outputs).filter((dir) => (requested.length === 0 || requested.includes(dir)) && readManifest(dir) !== null)
  : [];
if (targets.length === 0) {
  console.error('No build found in .output: run the build first.');
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const failures: string[] = [];

function checkGroup(target: string, group: string, scripts: Array<{ file: string; where: string }>, budget: number) {
  const dir = path.join(outputs, target);
  if (scripts.length === 0) {
    failures.push(`${target}: found no ${group} script to measure.`);
    return;
  }
  let total = 0;
  for (const { file, where } of scripts) {
    const gzipped = gzipSync(readFileSync(path.join(dir, file))).length;
    total += gzipped;
    console.log(`${target}/${file}: ${kb(gzipped)} gzip (${where})`);
  }
  console.log(`${target}: ${group} ${total} bytes gzip, ${((total / budget) * 100).toFixed(1)}% of ${kb(budget)}`);
  if (total > budget) failures.push(`${target}: the ${group} is over its ${kb(budget)} gzip budget (${total} bytes).`);
}

for (const target of targets) {
  const manifest = readManifest(target)!;
  const dir = path.join(outputs, target);
  // Each panel is injected on its own kind of page only: a page pays for the content script and its one panel.
  for (const [file, page] of [['panel.js', 'contact'], ['account-panel.js', 'account']] as const) {
    checkGroup(
      target,
      `${page} page (content script and panel)`,
      [
        ...contentScriptsOf(manifest).map((script) => ({ file: script, where: 'every Desk page' })),
        ...(existsSync(path.join(dir, file)) ? [{ file, where: `${page} pages, injected on demand` }] : []),
      ],
      PAGE_BUDGET_BYTES,
    );
  }
  // Loaded only when the agent opens a merge, not with the page: shown, not added to the page's budget.
  if (existsSync(path.join(dir, 'merge-dialog.js'))) {
    console.log(`${target}/merge-dialog.js: ${kb(gzipSync(readFileSync(path.join(dir, 'merge-dialog.js'))).length)} gzip (when the agent opens a merge)`);
  }
  checkGroup(
    target,
    'background',
    backgroundScriptsOf(manifest).map((file) => ({ file, where: 'background' })),
    BACKGROUND_BUDGET_BYTES,
  );
}
if (failures.length > 0) {
  for (const failure of failures) console.error(failure);
  process.exit(1);
}
