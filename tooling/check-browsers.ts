// `npm test` runs this first: the end-to-end suites need Chromium and Firefox, and a contributor without one
// should read which to install, not a launcher's stack trace half-way through the run.
import { CHROMIUM, findBrowser, FIREFOX, thisMachine } from './find-browser';

const missing = [CHROMIUM, FIREFOX].flatMap((kind) => {
  const found = findBrowser(kind, thisMachine());
  return 'missing' in found ? [found.missing] : [];
});
for (const sentence of missing) console.error(sentence);
process.exit(missing.length ? 1 : 0);
