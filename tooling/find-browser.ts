import { existsSync } from 'node:fs';
import { homedir } from 'node:os';

// Where people have their browsers: the environment variable first, then the usual install locations on Linux
// and macOS. A pure search over an injected "does this file exist", so it is tested without those browsers.

export interface BrowserKind {
  /** What the sentence calls it. */
  name: string;
  envVar: 'CHROMIUM_PATH' | 'FIREFOX_PATH';
  candidates: { linux: string[]; darwin: string[] };
  /** How to get one, in words. */
  install: string;
}

const macApp = (app: string, binary: string) => [`/Applications/${app}.app/Contents/MacOS/${binary}`, `~/Applications/${app}.app/Contents/MacOS/${binary}`];

export const CHROMIUM: BrowserKind = {
  name: 'Chromium or Google Chrome',
  envVar: 'CHROMIUM_PATH',
  candidates: {
    linux: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
    ],
    darwin: [...macApp('Chromium', 'Chromium'), ...macApp('Google Chrome', 'Google Chrome')],
  },
  install: 'install Chromium (Debian/Ubuntu: apt-get install chromium) or Google Chrome',
};

export const FIREFOX: BrowserKind = {
  name: 'Firefox 142 or newer',
  envVar: 'FIREFOX_PATH',
  candidates: {
    linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'],
    darwin: [...macApp('Firefox', 'firefox'), ...macApp('Firefox Nightly', 'firefox')],
  },
  install: 'install Firefox (Debian: apt-get install firefox-esr, 142 or newer from bookworm-security)',
};

export interface Machine {
  env: Record<string, string | undefined>;
  platform: string;
  home: string;
  exists: (file: string) => boolean;
}

export type Found = { path: string } | { missing: string };

/** The browser's executable, or the one sentence that tells the contributor what to install or fix. */
export function findBrowser(kind: BrowserKind, machine: Machine): Found {
  const named = machine.env[kind.envVar]?.trim();
  if (named) {
    return machine.exists(named)
      ? { path: named }
      : { missing: `${kind.envVar} is set to ${named}, which does not exist: point it at ${kind.name}, or unset it to use the usual locations.` };
  }
  const candidates = machine.platform === 'darwin' ? kind.candidates.darwin : machine.platform === 'linux' ? kind.candidates.linux : [];
  const found = candidates.map((file) => file.replace(/^~(?=\/)/, machine.home)).find((file) => machine.exists(file));
  if (found) return { path: found };
  return { missing: `No ${kind.name} found: ${kind.install}, or set ${kind.envVar} to its executable.` };
}

export const thisMachine = (): Machine => ({ env: process.env, platform: process.platform, home: homedir(), exists: existsSync });

/** Thrown when a browser is needed and none is there; its message is the whole story, no stack needed. */
export class BrowserMissing extends Error {
  override name = 'BrowserMissing';
}

/** The executable, or a BrowserMissing with the sentence. */
export function requireBrowser(kind: BrowserKind, machine: Machine = thisMachine()): string {
  const found = findBrowser(kind, machine);
  if ('missing' in found) throw new BrowserMissing(found.missing);
  return found.path;
}
