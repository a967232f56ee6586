// Renders tooling/icon.svg to public/icon/<size>.png, which WXT puts into the manifest's `icons`.
// No image library is installed here (python3 has no PIL), so Debian's Chromium rasterizes the SVG: the same
// browser the e2e tests use (CHROMIUM_PATH, else the usual locations). Run: `npx tsx scripts/make-icons.ts`.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, requireBrowser } from '../tooling/find-browser';

const SIZES = [16, 32, 48, 96, 128] as const;
const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'tooling/icon.svg'));
const outDir = path.join(root, 'public/icon');

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: requireBrowser(CHROMIUM), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of SIZES) {
      // deviceScaleFactor 1: one CSS pixel is one icon pixel; the SVG scales itself to the <img> box.
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = path.join(outDir, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true });
      await page.close();
      console.log(path.relative(root, file));
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
