// The content script is loaded into every Desk tab an agent opens all day: its gzip size is a budget, checked
// after every build rather than noticed in a review.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 20 * 1024;
const root = path.resolve(import.meta.dirname, '..');
const targets = readdirSync(path.join(root, '.output')).filter((dir) => existsSync(path.join(root, '.output', dir, 'content-scripts')));
let over = false;
for (const target of targets) {
  const dir = path.join(root, '.output', target, 'content-scripts');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const gzipped = gzipSync(readFileSync(path.join(dir, file))).length;
    const share = ((gzipped / BUDGET_BYTES) * 100).toFixed(0);
    console.log(`${target}/content-scripts/${file}: ${(gzipped / 1024).toFixed(1)} KB gzip (${share}% of the 20 KB budget)`);
    if (gzipped > BUDGET_BYTES) over = true;
  }
}
if (targets.length === 0) {
  console.error('No build found in .output: run the build first.');
  process.exit(1);
}
if (over) {
  console.error('A content script is over its 20 KB gzip budget.');
  process.exit(1);
}
