// `npm run demo`: the extension working end to end with no Zoho account. Builds, starts the fake Zoho,
// opens Chromium with the extension, signs in through the real OAuth flow against the fake accounts server
// and opens a contact page. With a display the window stays open until Ctrl-C; without one it runs headless,
// saves a screenshot and prints its path.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startFakeZoho } from '../fake-zoho/server';
import { launchWithExtension } from '../tooling/chromium';
import { CHROMIUM, requireBrowser } from '../tooling/find-browser';
import { connectThroughOptionsPage, DEMO_CLIENT_ID } from '../tooling/sign-in';
import { DEMO } from '../fake-zoho/worlds';

// One help-center user in two of acme's 60 help centers (active in one, deactivated in the other), with a badge,
// a label and a group in each: every section has something to show on one 1400×900 screen.
const DEMO_CONTACT_URL = DEMO.contactUrl('desk.zoho.com', DEMO.contacts.sharedUser);
const projectRoot = path.resolve(import.meta.dirname, '..');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

function step(text: string) {
  console.log(`• ${text}`);
}

async function main() {
  // Before the build: without a browser there is nothing to show, and the contributor learns it at once.
  requireBrowser(CHROMIUM);
  step('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('The build failed (see above).');

  const fake = await startFakeZoho({ port: 0, latencyMs: 60 });
  step(`Fake Zoho listening on ${fake.origin}`);
  const browser = await launchWithExtension({ hostResolverRules: fake.hostResolverRules, headless: !headed });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await browser.close();
    await fake.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));

  step(`Signing in with the demo client ${DEMO_CLIENT_ID} (OAuth code + PKCE against the fake accounts server)…`);
  await connectThroughOptionsPage(browser, DEMO_CLIENT_ID);

  const page = await browser.context.newPage();
  await page.goto(DEMO_CONTACT_URL);
  const panel = page.getByRole('complementary', { name: 'Desk Companion' });
  await panel.getByRole('list').first().waitFor();
  await page.waitForFunction(() => {
    const host = document.querySelector('desk-companion-panel');
    return host?.shadowRoot && host.shadowRoot.querySelectorAll('section[aria-busy="true"]').length === 0;
  });
  step(`Panel shown on ${DEMO_CONTACT_URL}`);

  if (headed) {
    step('The window stays open: browse the contacts in the fake Desk. Ctrl-C stops the demo.');
    await new Promise(() => {});
  }
  const dir = path.join(projectRoot, 'artifacts');
  mkdirSync(dir, { recursive: true });
  const screenshot = path.join(dir, 'demo.png');
  await page.screenshot({ path: screenshot });
  await stop();
  console.log(`Screenshot: ${screenshot}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
